package org.carepath.referral;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of ReferralPathway, with mocked delegates; IapAssessment and CareCoordination run for real. */
@Deployment(resources = {"processes/ReferralPathway.bpmn", "processes/IscanEligibility.dmn",
    "processes/IapAssessment.bpmn", "processes/CareCoordination.bpmn"})
class ReferralPathwayProcessTest {

  // Not camunda.cfg.xml: that name would make ProcessEngines.init() build this engine as "default"
  // inside the Spring Boot tests too, shadowing carepath's engine.
  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String REFERENCE = "ISCAN-N-0001";

  private final JavaDelegate sendNotification = mock(JavaDelegate.class);
  private final JavaDelegate closeCase = mock(JavaDelegate.class);
  private final TaskListener agreeCarePlan = mock(TaskListener.class);
  private final List<String> letters = new ArrayList<>();
  private final List<String> outcomes = new ArrayList<>();
  private boolean firstFiveCase;

  ProcessEngine engine; // injected by the extension

  @BeforeEach
  void registerBeans() throws Exception {
    init(engine); // other engines may share this JVM
    // the input parameters live only while the task runs: read them when the mock is called
    doAnswer(call -> letters.add(input(call.getArgument(0), "template"))).when(sendNotification).execute(any());
    doAnswer(call -> outcomes.add(input(call.getArgument(0), "outcome"))).when(closeCase).execute(any());
    Mocks.register("sendNotificationDelegate", sendNotification);
    Mocks.register("closeCaseDelegate", closeCase);
    Mocks.register("registerReferralDelegate", mock(JavaDelegate.class));
    Mocks.register("saveFamilyFileDelegate", mock(JavaDelegate.class));
    Mocks.register("prefillFamilyFileListener", mock(TaskListener.class));
    Mocks.register("validateIscanDecisionListener", mock(TaskListener.class));
    Mocks.register("showCaseloadsListener", mock(TaskListener.class));
    Mocks.register("recordDecisionDelegate", (JavaDelegate) e -> e.setVariable("firstFiveCase", firstFiveCase));
    Mocks.register("countCallAttemptListener", (TaskListener) task -> task.setVariable("callAttempts",
        1 + (task.getVariable("callAttempts") == null ? 0 : (Integer) task.getVariable("callAttempts"))));
    Mocks.register("caseFileNoteListener", mock(TaskListener.class));
    Mocks.register("iscanCalendar", new FixedCalendar());
    Mocks.register("agreeCarePlanListener", agreeCarePlan);
    Mocks.register("carePlanFormListener", mock(TaskListener.class));
    Mocks.register("circulateCarePlanDelegate", mock(JavaDelegate.class));
    Mocks.register("bringBackDelegate", mock(JavaDelegate.class));
    Mocks.register("carePlanSchedule", new FixedCalendar());
    Mocks.register("carePlanRoles", new FixedCalendar());
    Mocks.register("iapServices", new TwoServices());
    Mocks.register("checkIapAppointmentListener", mock(TaskListener.class));
    Mocks.register("fileIapAppointmentDelegate", (JavaDelegate) e -> e.setVariableLocal("appointmentAt", FixedCalendar.DAY));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void shouldKeepOnlyTheRecommendationOfTheDecision() {
    // given
    ProcessInstance pi = startReferral();
    // when
    screen(pi);
    // then
    assertThat(pi).isWaitingAt("Activity_IscanDecision").variables()
        .containsEntry("recommendation", "CARE_COORDINATION_WITH_IAP").containsKey("recommendationRule")
        .doesNotContainKeys("eligibility", "decisionResult");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
        .variableNameIn("eligibility", "decisionResult").count()).isZero();
  }

  @Test
  void shouldCloseCaseWhenChildIsNotEligible() throws Exception {
    // given
    ProcessInstance pi = decided("NOT_ELIGIBLE");
    // when
    sendLetter(pi);
    // then
    assertThat(pi).isEnded().hasPassed("Activity_CloseCaseNotEligible", "Event_CaseClosedNotEligible");
    assertLetters("not-eligible");
    Assertions.assertThat(outcomes).containsExactly("NOT_ELIGIBLE");
  }

  @Test
  void shouldPurgeTheDisplayVariablesWithTheHistoryAfterTheRetentionPeriod() throws Exception {
    // given: a closed case whose history holds the child's display variables
    ProcessInstance pi = decided("NOT_ELIGIBLE");
    sendLetter(pi);
    assertThat(pi).isEnded();
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("childName").count()).isOne();

    // when the retention period of the model (historyTimeToLive P180D) has passed and cleanup runs
    ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(181))));
    managementService().executeJob(historyService().cleanUpHistoryAsync(true).getId());

    // then nothing of the case is left in the engine's history
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(historyService().createHistoricDetailQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void shouldKeepWhatStaffTypeIntoFormsOutOfTheEnginesHistory() {
    // given
    ProcessInstance pi = atOptInCall();

    // when a call is recorded with notes and the visit with the Family File
    complete(task("Activity_OptInCall", pi), withVariables("familyResponse", "ACCEPTED", "callNotes", "Mum at work till 6"));
    complete(task("Activity_InitialVisit", pi), withVariables("contacts", "Health visitor: 01234", "alnPlan", false));

    // then the answers the gateways read are in the history, the notes and the Family File are not
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("callNotes", "contacts").count()).isZero();
    Assertions.assertThat(historyService().createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .filteredOn(detail -> detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate)
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .contains("familyResponse").doesNotContain("callNotes", "contacts");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("familyResponse").count()).isPositive();
  }

  @Test
  void shouldCloseCaseWhenTeamHasNoCapacity() throws Exception {
    // given
    ProcessInstance pi = decided("NO_CAPACITY");
    // when
    sendLetter(pi);
    // then
    assertThat(pi).isEnded().hasPassed("Event_CaseClosedNoCapacity");
    assertLetters("no-capacity");
    Assertions.assertThat(outcomes).containsExactly("NO_CAPACITY");
  }

  @Test
  void shouldCloseCaseWhenFamilyDeclines() throws Exception {
    // given
    ProcessInstance pi = atOptInCall();
    // when
    complete(task("Activity_OptInCall", pi), withVariables("familyResponse", "DECLINED"));
    sendLetter(pi);
    // then
    assertThat(pi).isEnded().hasPassed("Event_CaseClosedDeclined");
    assertLetters("outcome", "declined");
    Assertions.assertThat(outcomes).containsExactly("DECLINED");
  }

  @Test
  void shouldCloseCaseAfterThreeCallsWithoutContact() throws Exception {
    // given
    ProcessInstance pi = atOptInCall();
    // when
    for (int attempt = 1; attempt < 3; attempt++) {
      complete(task("Activity_OptInCall", pi), withVariables("familyResponse", "NO_CONTACT"));
      assertThat(pi).isWaitingAt("Event_CallRetryDue");
      execute(job(pi));
    }
    complete(task("Activity_OptInCall", pi), withVariables("familyResponse", "NO_CONTACT"));
    sendLetter(pi);
    // then
    assertThat(pi).isEnded().hasPassed("Event_CaseClosedNoContact").variables().containsEntry("callAttempts", 3);
    assertLetters("outcome", "no-contact");
    Assertions.assertThat(outcomes).containsExactly("NO_CONTACT");
  }

  @Test
  void shouldVisitFamilyWhenTheyAcceptAfterOneMissedCall() {
    // given
    ProcessInstance pi = atOptInCall();
    complete(task("Activity_OptInCall", pi), withVariables("familyResponse", "NO_CONTACT"));
    execute(job(pi));
    // when
    complete(task("Activity_OptInCall", pi), withVariables("familyResponse", "ACCEPTED"));
    // then
    assertThat(pi).isWaitingAt("Activity_InitialVisit").task().isAssignedTo("carla")
        .hasName("Visit family and open Family File: Alex Morgan (" + REFERENCE + ")")
        .hasDueDate(FixedCalendar.DAY);
    assertThat(pi).variables().containsEntry("callAttempts", 2);
  }

  @Test
  void shouldNameEveryTaskWithTheChildAndTheCaseAndSetItsDueDate() {
    // given
    ProcessInstance pi = atOptInCall();
    // when
    Task call = task("Activity_OptInCall", pi);
    // then
    assertThat(call).hasName("Call family to offer care co-ordination: Alex Morgan (" + REFERENCE + ")")
        .hasDueDate(FixedCalendar.DAY);
    complete(call, withVariables("familyResponse", "ACCEPTED"));
    complete(task("Activity_InitialVisit", pi), withVariables("contacts", "Health visitor", "alnPlan", false));
    assertThat(task("Activity_PlanMeeting", pi)).hasName("Hold plan meeting: Alex Morgan (" + REFERENCE + ")")
        .hasDueDate(FixedCalendar.DAY);
  }

  @Test
  void shouldStartCareCoordinationWithoutIapOnceThePlanIsAgreed() throws Exception {
    // given
    ProcessInstance pi = atOptInCall();
    complete(task("Activity_OptInCall", pi), withVariables("familyResponse", "ACCEPTED"));
    // when
    complete(task("Activity_InitialVisit", pi), withVariables("contacts", "Health visitor", "alnPlan", false));
    complete(task("Activity_PlanMeeting", pi));
    // then
    assertThat(pi).hasNotPassed("Activity_IapAssessment").isWaitingAt("Activity_CareCoordination");
    ProcessInstance careCoordination = calledProcessInstance(pi);
    Assertions.assertThat(careCoordination.getBusinessKey()).isEqualTo(REFERENCE);
    // circulation of the agreed plan (mocked), an asynchronous step: before and after
    for (int i = 0; i < 2; i++) {
      execute(managementService().createJobQuery().processInstanceId(careCoordination.getId())
          .activityId("Activity_CirculateCarePlan").singleResult());
    }
    assertThat(careCoordination).isWaitingAt("Gateway_WaitForReview", "Event_FollowUpDue");
    verify(agreeCarePlan, times(1)).notify(any());
    // when care co-ordination ends (CareCoordinationProcessTest covers how), the pathway ends too
    runtimeService().createMessageCorrelation("BringBack").processInstanceId(careCoordination.getId()).correlate();
    assertThat(pi).isEnded().hasPassed("Event_CareCoordinationFinished");
    assertLetters("outcome");
  }

  @Test
  void shouldRunIapWithoutOptInCallWhenOffered() throws Exception {
    // given
    ProcessInstance pi = decided("CARE_COORDINATION_WITH_IAP");
    sendLetter(pi);
    // when
    complete(task("Activity_InitialVisit", pi), withVariables("contacts", "School nurse", "alnPlan", true));
    ProcessInstance iap = calledProcessInstance(pi);
    complete(task(iap));
    taskService().createTaskQuery().processInstanceId(iap.getId()).list().forEach(booking -> complete(booking,
        withVariables("appointmentDate", "2030-03-14", "appointmentTime", "10:00", "appointmentPlace", "Clinic")));
    List<Task> appointments = taskService().createTaskQuery().processInstanceId(iap.getId()).list();
    Assertions.assertThat(appointments).extracting(Task::getTaskDefinitionKey).containsOnly("Activity_IapAppointment");
    appointments.forEach(appointment -> complete(appointment, withVariables("attended", true, "reportReceived", true)));
    // then
    Assertions.assertThat(appointments).hasSize(2);
    Assertions.assertThat(iap.getBusinessKey()).isEqualTo(REFERENCE);
    assertThat(iap).isEnded().hasPassed("Event_IapComplete");
    assertThat(pi).hasNotPassed("Activity_OptInCall").isWaitingAt("Activity_PlanMeeting");
    assertLetters("outcome");
  }

  @Test
  void shouldDecideAgainWhenCaseIsBroughtBack() {
    // when
    ProcessInstance pi = runtimeService().createMessageCorrelation("CaseBroughtBack")
        .processInstanceBusinessKey(REFERENCE).setVariables(caseVariables().putValue("bringBack", true)
            .putValue("needsCount", 3).putValue("asdAdhdRequested", false).putValue("keyWorkerElsewhere", false)
            .putValue("complexMultiAgencyNeeds", true))
        .correlateStartMessage();
    // then
    assertThat(pi).hasBusinessKey(REFERENCE).hasNotPassed("Activity_RegisterReferral", "Activity_ScreenReferral")
        .isWaitingAt("Activity_IscanDecision").variables().containsEntry("recommendation", "CARE_COORDINATION");
  }

  @Test
  void shouldReviewTheSectorsFirstFiveCasesForTeamLearning() {
    // given
    firstFiveCase = true;
    ProcessInstance pi = atOptInCall();
    // when
    assertThat(pi).isWaitingAt("Activity_OptInCall", "Activity_LearningReview");
    complete(task("Activity_LearningReview", pi), withVariables("learningNotes", "Call earlier"));
    // then
    assertThat(pi).hasPassed("Event_LearningReviewDone").isWaitingAt("Activity_OptInCall");
  }

  @Test
  void shouldSkipTheLearningReviewAfterTheFirstFiveCases() {
    // when
    ProcessInstance pi = atOptInCall();
    // then
    assertThat(pi).hasPassed("Event_NoLearningReview").isWaitingAtExactly("Activity_OptInCall");
  }

  private ProcessInstance startReferral() {
    return runtimeService().startProcessInstanceByKey("ReferralPathway", REFERENCE,
        caseVariables().putValue("bringBack", false));
  }

  private static VariableMap caseVariables() {
    return Variables.createVariables().putValue("caseReference", REFERENCE).putValue("sector", "NORTH")
        .putValue("sectorTeam", "iscan-north").putValue("childName", "Alex Morgan").putValue("childAge", 6)
        .putValue("needsSummary", "Communication, Learning").putValue("referrerName", "Dr Jones (Surgery)")
        .putValue("referralReason", "Speech delay").putValue("parentName", "Sam Morgan")
        .putValue("parentPhone", "07700 900123");
  }

  private void screen(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Activity_ScreenReferral").task().hasCandidateGroup("iscan-north")
        .hasName("Screen referral: Alex Morgan (" + REFERENCE + ")");
    complete(task(pi), withVariables("needsCount", 3, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true));
  }

  private ProcessInstance decided(String decision) {
    ProcessInstance pi = startReferral();
    screen(pi);
    VariableMap answer = Variables.createVariables().putValue("decision", decision);
    if (decision.startsWith("CARE_COORDINATION")) {
      answer.putValue("allocatedWorker", "carla");
    }
    complete(task("Activity_IscanDecision", pi), answer);
    return pi;
  }

  private ProcessInstance atOptInCall() {
    ProcessInstance pi = decided("CARE_COORDINATION");
    sendLetter(pi);
    assertThat(pi).isWaitingAt("Activity_OptInCall").task("Activity_OptInCall").isAssignedTo("carla");
    return pi;
  }

  /** A letter is a save point before (the mail) and after (then the case moves on). */
  private static void sendLetter(ProcessInstance pi) {
    execute(job(pi));
    execute(job(pi));
  }

  private void assertLetters(String... templates) throws Exception {
    verify(sendNotification, times(templates.length)).execute(any());
    Assertions.assertThat(letters).containsExactly(templates);
  }

  private static String input(DelegateExecution execution, String name) {
    return (String) execution.getVariable(name);
  }

  /** Fixed dates for due dates and timers. */
  public static class FixedCalendar {
    private static final Date DAY = new Date(1_900_000_000_000L);

    public Date screeningDue(String sector) { return DAY; }

    public Date meetingDay(String sector) { return DAY; }

    public Date nextIapDay(String sector) { return DAY; }

    public String nextIapDate(String sector) { return "2030-03-14"; }

    public Date callRetryAt() { return DAY; }

    public Date reviewDue() { return DAY; }

    public Date workingDaysAhead(int days) { return DAY; }

    public Date reviewDue(String reference) { return DAY; }

    public Date reviewStarts(String reference) { return DAY; }

    public Date reviewStarts(String reference, int daysBefore) { return DAY; }

    public Date nextFollowUp() { return DAY; }

    public String caseManager(String reference) { return "carla"; }
  }

  /** Two services, whatever was ticked (IapAssessmentProcessTest covers the choice). */
  public static class TwoServices {
    public List<String> chosen(DelegateExecution execution) {
      return List.of("Speech and language therapy", "Community paediatrics");
    }
  }
}
