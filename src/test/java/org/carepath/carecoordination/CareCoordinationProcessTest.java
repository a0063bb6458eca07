package org.carepath.carecoordination;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path, timer and message of CareCoordination, with mocked beans: circulation, reviews until
 * discharge, the daily follow-up of actions, and the BIAN events between reviews.
 */
@Deployment(resources = "processes/CareCoordination.bpmn")
class CareCoordinationProcessTest {

  // Not camunda.cfg.xml: that name would make ProcessEngines.init() build this engine as "default"
  // inside the Spring Boot tests too, shadowing carepath's engine.
  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  static final String REFERENCE = "ISC-S-2026-00007";
  static final Date REVIEW_DUE = new Date(1_900_000_000_000L);
  static final Date NEXT_REVIEW_DUE = new Date(1_910_000_000_000L);
  static final Date FOLLOW_UP = new Date(1_800_000_000_000L);

  final List<String> steps = new ArrayList<>();
  int overdueActions;
  boolean meetingAgreedPlan;
  final Schedule schedule = new Schedule();

  ProcessEngine engine; // injected by the extension

  @BeforeEach
  void registerBeans() {
    init(engine); // other engines may share this JVM
    step("circulateCarePlanDelegate", "circulate");
    step("sendNotificationDelegate", "letter");
    step("requestFeedbackDelegate", "feedback");
    step("gapsAndBlocksReportDelegate", "gaps-and-blocks");
    step("disengagementNoticeDelegate", "disengagement-notice");
    step("handOverDelegate", "hand-over");
    step("bringBackDelegate", "bring-back");
    Mocks.register("closeCaseDelegate", (JavaDelegate) e -> steps.add("close " + e.getVariable("outcome")));
    Mocks.register("followUpActionsDelegate", (JavaDelegate) e -> e.setVariable("overdueActions", overdueActions));
    Mocks.register("rescheduleReviewDelegate", new RescheduleReviewDelegate());
    Mocks.register("recordMeetingListener", (TaskListener) t -> t.getExecution().setVariableLocal("planAgreed", meetingAgreedPlan));
    Mocks.register("reviewCarePlanListener", mock(TaskListener.class));
    Mocks.register("showCarePlanListener", mock(TaskListener.class));
    Mocks.register("showOverdueActionsListener", mock(TaskListener.class));
    Mocks.register("caseFileNoteListener", mock(TaskListener.class));
    Mocks.register("carePlanFormListener", mock(TaskListener.class));
    Mocks.register("carePlanRoles", new Roles());
    Mocks.register("carePlanSchedule", schedule);
    Mocks.register("iscanCalendar", new Calendar());
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void shouldCirculateThePlanThenWaitForItsReviewDateWhileFollowingUpItsActions() {
    // when
    ProcessInstance pi = startedAndCirculated();

    // then
    assertThat(pi).isWaitingAt("Gateway_WaitForReview", "Event_FollowUpDue");
    Assertions.assertThat(steps).containsExactly("circulate");
    Assertions.assertThat(timer(pi, "Event_ReviewDateReached").getDuedate()).isEqualTo(REVIEW_DUE);
    Assertions.assertThat(timer(pi, "Event_FollowUpDue").getDuedate()).isEqualTo(FOLLOW_UP);
  }

  @Test
  void shouldReviewTwiceThenDischargeWithLetterFeedbackAndClosure() {
    // given
    ProcessInstance pi = startedAndCirculated();

    // when: the first review continues care co-ordination
    execute(timer(pi, "Event_ReviewDateReached"));
    assertThat(pi).isWaitingAt("Activity_CarePlanReview").task().isAssignedTo("carla");
    complete(task("Activity_CarePlanReview", pi), withVariables("reviewOutcome", "CONTINUE"));
    run("Activity_CirculateCarePlan", pi);
    // and the second discharges
    execute(timer(pi, "Event_ReviewDateReached"));
    complete(task("Activity_CarePlanReview", pi), withVariables("reviewOutcome", "DISCHARGE"));
    run("Activity_SendDischargeLetter", pi);
    run("Activity_RequestFeedback", pi);

    // then: the follow-up loop ended with the case
    assertThat(pi).isEnded().hasPassed("Event_CaseDischarged");
    Assertions.assertThat(steps).containsExactly("circulate", "circulate", "letter", "feedback", "close DISCHARGED");
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void shouldWaitForTheNewReviewDateWhenThePlanIsAgreedAgain() {
    // given
    ProcessInstance pi = startedAndCirculated();
    schedule.reviewDue = NEXT_REVIEW_DUE;

    // when
    runtimeService().createMessageCorrelation("CarePlanAgreed").processInstanceId(pi.getId()).correlate();

    // then
    Assertions.assertThat(timer(pi, "Event_ReviewDateReached").getDuedate()).isEqualTo(NEXT_REVIEW_DUE);
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_ReviewDateReached").count()).isOne();
  }

  @Test
  void shouldAskTheCaseManagerToChaseActionsThatBecameOverdue() {
    // given
    ProcessInstance pi = startedAndCirculated();
    overdueActions = 2;

    // when
    execute(timer(pi, "Event_FollowUpDue"));
    run("Activity_FollowUpActions", pi);

    // then: a task for the case manager, and tomorrow's follow-up already waiting
    assertThat(task("Activity_FollowUpOverdueActions", pi)).isAssignedTo("carla");
    assertThat(pi).isWaitingAt("Event_FollowUpDue", "Activity_FollowUpOverdueActions");
    complete(task("Activity_FollowUpOverdueActions", pi), withVariables("followUpNotes", "Rang the SLT service"));
    assertThat(pi).hasPassed("Event_OverdueActionsFollowedUp");
  }

  @Test
  void shouldOnlyFollowUpAgainTomorrowWhenNothingBecameOverdue() {
    // given
    ProcessInstance pi = startedAndCirculated();
    overdueActions = 0;

    // when
    execute(timer(pi, "Event_FollowUpDue"));
    run("Activity_FollowUpActions", pi);

    // then
    assertThat(pi).hasPassed("Event_NothingOverdue").isWaitingAt("Event_FollowUpDue", "Gateway_WaitForReview");
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void shouldHoldAMeetingRequestedByTheFamilyAndRecirculateAnUpdatedPlan() {
    // given
    ProcessInstance pi = startedAndCirculated();
    meetingAgreedPlan = true;
    schedule.reviewDue = NEXT_REVIEW_DUE;

    // when
    correlate(pi, "MeetingRequested", Map.of("meetingRequestedBy", "family", "eventReason", "New school"));
    complete(task("Activity_InteragencyMeeting", pi));
    run("Activity_RecirculateAfterMeeting", pi);

    // then: circulated again, and the review waits for the new plan's date
    assertThat(pi).hasPassed("Event_MeetingReschedulesReview", "Event_MeetingHeldPlanUpdated");
    Assertions.assertThat(steps).containsExactly("circulate", "circulate");
    Assertions.assertThat(timer(pi, "Event_ReviewDateReached").getDuedate()).isEqualTo(NEXT_REVIEW_DUE);
  }

  @Test
  void shouldNotRecirculateWhenTheMeetingLeftThePlanAsItWas() {
    // given
    ProcessInstance pi = startedAndCirculated();
    meetingAgreedPlan = false;

    // when
    correlate(pi, "MeetingRequested", Map.of("meetingRequestedBy", "Health visiting", "eventReason", "Worries"));
    complete(task("Activity_InteragencyMeeting", pi));

    // then
    assertThat(pi).hasPassed("Event_MeetingHeld").hasNotPassed("Activity_RecirculateAfterMeeting")
        .isWaitingAt("Gateway_WaitForReview", "Event_FollowUpDue");
  }

  @Test
  void shouldHoldTheMandatoryMeetingThenHandOverToTheNewCaseManager() {
    // given
    ProcessInstance pi = startedAndCirculated();

    // when
    correlate(pi, "CaseManagerChange", Map.of("newCaseManager", "sam", "eventReason", "Carla leaves"));
    assertThat(task("Activity_HandoverMeeting", pi)).isAssignedTo("carla");
    complete(task("Activity_HandoverMeeting", pi));
    run("Activity_RecirculateAfterHandover", pi);

    // then
    assertThat(pi).hasPassedInOrder("Activity_HandoverMeeting", "Activity_HandOverCase",
        "Activity_RecirculateAfterHandover", "Event_HandoverReschedulesReview", "Event_CaseHandedOver");
    Assertions.assertThat(steps).containsExactly("circulate", "hand-over", "circulate");
  }

  @Test
  void shouldSendTheGapsAndBlocksReportAndCarryOn() {
    // given
    ProcessInstance pi = startedAndCirculated();

    // when
    correlate(pi, "GapOrBlock", Map.of("gapDescription", "No SLT for 9 months", "eventReason", "Waiting list"));
    run("Activity_SendGapsAndBlocksReport", pi);

    // then
    assertThat(pi).hasPassed("Event_GapOrBlockEscalated").isWaitingAt("Gateway_WaitForReview", "Event_FollowUpDue");
    Assertions.assertThat(steps).containsExactly("circulate", "gaps-and-blocks");
  }

  @Test
  void shouldTellEveryAgencyWhenTheFamilyDisengagesAndContinueIfTheCaseManagerSaysSo() {
    // given
    ProcessInstance pi = startedAndCirculated();

    // when
    correlate(pi, "Disengaged", Map.of("eventReason", "No answer for 6 weeks"));
    run("Activity_NotifyAgenciesOfDisengagement", pi);
    complete(task("Activity_DecideAfterDisengagement", pi), withVariables("disengagementDecision", "CONTINUE"));

    // then
    assertThat(pi).hasPassed("Event_CareContinuesAfterDisengagement").isWaitingAt("Gateway_WaitForReview");
    Assertions.assertThat(steps).containsExactly("circulate", "disengagement-notice");
  }

  @Test
  void shouldCloseTheCaseAsDisengagedWhenTheCaseManagerDecidesSo() {
    // given
    ProcessInstance pi = startedAndCirculated();

    // when
    correlate(pi, "Disengaged", Map.of("eventReason", "Family moved away"));
    run("Activity_NotifyAgenciesOfDisengagement", pi);
    complete(task("Activity_DecideAfterDisengagement", pi), withVariables("disengagementDecision", "CLOSE"));
    run("Activity_SendDisengagedLetter", pi);

    // then: the escalation ends care co-ordination, timers included
    assertThat(pi).isEnded().hasPassed("Event_CloseAsDisengaged", "Activity_SendDisengagedLetter",
        "Activity_CloseCaseDisengaged", "Event_CaseClosedDisengaged");
    Assertions.assertThat(steps).containsExactly("circulate", "disengagement-notice", "letter", "close DISENGAGED");
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void shouldEndCareCoordinationWhenTheCaseIsBroughtBackToTheIscanMeeting() {
    // given
    ProcessInstance pi = startedAndCirculated();

    // when
    correlate(pi, "BringBack", Map.of("eventReason", "New diagnosis"));

    // then
    assertThat(pi).isEnded().hasPassed("Activity_BringBackToIscan", "Event_BroughtBackToIscan");
    Assertions.assertThat(steps).containsExactly("circulate", "bring-back");
  }

  private ProcessInstance startedAndCirculated() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("CareCoordination", REFERENCE,
        Variables.createVariables().putValue("caseReference", REFERENCE).putValue("sector", "SOUTH")
            .putValue("sectorTeam", "iscan-south").putValue("allocatedWorker", "carla").putValue("childName", "Robin Lee"));
    run("Activity_CirculateCarePlan", pi);
    return pi;
  }

  private static void correlate(ProcessInstance pi, String message, Map<String, Object> variables) {
    runtimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).setVariablesLocal(variables)
        .correlate();
  }

  /** Runs an asynchronous step: its job before and, where there is one, after it. */
  private static void run(String activityId, ProcessInstance pi) {
    List<Job> jobs = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list();
    Assertions.assertThat(jobs).as("job of " + activityId).hasSize(1);
    while (!jobs.isEmpty()) {
      execute(jobs.get(0));
      jobs = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).messages().list();
    }
  }

  private static Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers()
        .singleResult();
  }

  private void step(String bean, String name) {
    JavaDelegate delegate = mock(JavaDelegate.class);
    try {
      doAnswer(call -> steps.add(name)).when(delegate).execute(any(DelegateExecution.class));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Mocks.register(bean, delegate);
  }

  /** The case manager of the plan. */
  public static class Roles {
    public String caseManager(String reference) {
      return "carla";
    }
  }

  /** Timer dates the test controls. */
  public static class Schedule {
    Date reviewDue = REVIEW_DUE;

    public Date reviewStarts(String reference) {
      return reviewDue;
    }

    public Date reviewStarts(String reference, int daysBefore) {
      return reviewDue;
    }

    public Date reviewDue(String reference) {
      return reviewDue;
    }

    public Date nextFollowUp() {
      return FOLLOW_UP;
    }
  }

  public static class Calendar {
    public Date workingDaysAhead(int days) {
      return REVIEW_DUE;
    }
  }
}
