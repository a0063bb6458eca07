package org.carepath.adultcontact;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of AdultContact, with mocked delegates and listeners; CareCoordination runs for real. */
@Deployment(resources = {"processes/AdultContact.bpmn", "processes/AdultEligibility.dmn", "processes/IndicativeBudget.dmn",
    "processes/CareCoordination.bpmn"})
class AdultContactProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String REFERENCE = "ADL-2026-00001";

  private final List<String> holders = new ArrayList<>();
  private final List<String> outcomes = new ArrayList<>();
  private final JavaDelegate sendSignposting = mock(JavaDelegate.class);
  private final List<String> sent = new ArrayList<>();
  private boolean letterToPost;
  private final List<String> steps = new ArrayList<>();

  ProcessEngine engine;

  @BeforeEach
  void registerBeans() throws Exception {
    init(engine);
    Mocks.register("registerContactDelegate", mock(JavaDelegate.class));
    Mocks.register("handCaseOverDelegate", (JavaDelegate) e -> holders.add((String) e.getVariable("holder")));
    Mocks.register("closeCaseDelegate", (JavaDelegate) e -> outcomes.add((String) e.getVariable("outcome")));
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      sent.add(execution.getCurrentActivityId() + " " + execution.getVariable("template"));
      execution.setVariable("letterToPost", letterToPost);
      return null;
    }).when(sendSignposting).execute(any());
    Mocks.register("sendAdultLetterDelegate", sendSignposting);
    Mocks.register("recordEligibilityDelegate", mock(JavaDelegate.class));
    Mocks.register("allocateTeamListener", mock(TaskListener.class));
    Mocks.register("triageContactListener", mock(TaskListener.class));
    Mocks.register("signpostFormListener", mock(TaskListener.class));
    Mocks.register("acceptTransferListener", mock(TaskListener.class));
    Mocks.register("checkOverviewListener", mock(TaskListener.class));
    Mocks.register("checkEnquiryListener", mock(TaskListener.class));
    Mocks.register("postLetterListener", mock(TaskListener.class));
    Mocks.register("carePlanFormListener", mock(TaskListener.class));
    Mocks.register("agreeSupportPlanListener", mock(TaskListener.class));
    Mocks.register("authoriseSupportPlanListener", mock(TaskListener.class));
    Mocks.register("caseFileNoteListener", mock(TaskListener.class));
    Mocks.register("iscanCalendar", new FixedCalendar());
    Mocks.register("specialistAssessments", new SpecialistAssessments());
    Mocks.register("inviteSelfAssessmentDelegate", (JavaDelegate) e -> steps.add("self-assessment invited"));
    Mocks.register("showSelfAssessmentListener", mock(TaskListener.class));
    Mocks.register("sendRecordLinkDelegate", (JavaDelegate) e -> steps.add("record link sent"));
    // care co-ordination, shared with the children's pathway
    Mocks.register("circulateCarePlanDelegate", (JavaDelegate) e -> steps.add("plan circulated"));
    Mocks.register("sendNotificationDelegate", (JavaDelegate) e -> steps.add("letter " + e.getVariable("template")));
    Mocks.register("requestFeedbackDelegate", (JavaDelegate) e -> steps.add("feedback asked"));
    Mocks.register("carePlanSchedule", new FixedCalendar());
    Mocks.register("carePlanRoles", new FixedCalendar());
    Mocks.register("showCarePlanListener", mock(TaskListener.class));
    Mocks.register("reviewCarePlanListener", mock(TaskListener.class));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void shouldSignpostAContactOfAKnownTeamAndCloseTheCase() {
    // given
    ProcessInstance pi = start("alnwick", false);

    // when
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    assertThat(task()).hasCandidateGroup("cst-alnwick");
    complete(task(), triage("SIMPLE_LOCAL_SOLUTION", null));
    assertThat(pi).isWaitingAt("Activity_Signpost");
    assertThat(task()).hasCandidateGroup("cst-alnwick");
    complete(task());
    execute(job()); // the letter step is asynchronous: a mail failure fails this job, not the worker's task
    execute(job());

    // then
    assertThat(pi).isEnded().hasPassedInOrder("Activity_RegisterContact", "Activity_TriageContact",
        "Activity_Signpost", "Activity_SendSignposting", "Activity_CloseSignposted", "Event_PersonSignposted")
        .hasNotPassed("Activity_PostSignpostingLetter");
    Assertions.assertThat(sent).containsExactly("Activity_SendSignposting signposting");
    Assertions.assertThat(outcomes).containsExactly("SIGNPOSTED");
    Assertions.assertThat(holders).as("the team of the practice (it holds the case already: no handoff)")
        .containsExactly("cst-alnwick");
  }

  @Test
  void shouldAskTheTeamToPostTheLetterWhenThePersonHasNoEmailAddress() {
    // given
    letterToPost = true;
    ProcessInstance pi = start("alnwick", false);
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    complete(task(), triage("SIMPLE_LOCAL_SOLUTION", null));
    complete(task());

    // when
    execute(job());
    execute(job());

    // then
    assertThat(pi).isWaitingAt("Activity_PostSignpostingLetter");
    assertThat(task()).hasCandidateGroup("cst-alnwick");
    complete(task(), withVariables("letterPosted", true));
    assertThat(pi).isEnded().hasPassedInOrder("Activity_SendSignposting", "Activity_PostSignpostingLetter",
        "Activity_CloseSignposted");
    Assertions.assertThat(outcomes).containsExactly("SIGNPOSTED");
  }

  @Test
  void shouldWaitForTheContactCentreWhenThePracticeBelongsToNoTeam() {
    // given
    ProcessInstance pi = start(null, false);

    // when
    assertThat(pi).isWaitingAt("Activity_AllocateTeam");
    assertThat(task()).hasCandidateGroup("adult-contact-centre");
    complete(task(), withVariables("team", "blyth"));

    // then
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    assertThat(task()).hasCandidateGroup("cst-blyth");
    Assertions.assertThat(holders).containsExactly("cst-blyth");
  }

  @Test
  void shouldSendACrimeOrServiceFailureToAdultSafeguardingBeforeTheTeamTriages() {
    // given
    ProcessInstance pi = start("alnwick", true);

    // when
    assertThat(pi).isWaitingAt("Activity_SafeguardingEnquiry");
    assertThat(task()).hasCandidateGroup("adult-safeguarding").hasDueDate(FixedCalendar.DAY_7);
    complete(task(), withVariables("enquiryOutcome", "PROTECTION_PLAN"));

    // then
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    assertThat(task()).hasCandidateGroup("cst-alnwick");
    Assertions.assertThat(holders).containsExactly("adult-safeguarding", "cst-alnwick");
  }

  @Test
  void shouldEnquireBeforeTheContactCentreAllocatesWhenBothAreNeeded() {
    ProcessInstance pi = start(null, true);

    assertThat(pi).isWaitingAt("Activity_SafeguardingEnquiry");
    complete(task(), withVariables("enquiryOutcome", "NO_FURTHER_ACTION"));
    assertThat(pi).isWaitingAt("Activity_AllocateTeam");
    complete(task(), withVariables("team", "alnwick"));

    assertThat(pi).isWaitingAt("Activity_TriageContact");
    Assertions.assertThat(holders).containsExactly("adult-safeguarding", "cst-alnwick");
  }

  @Test
  void shouldTransferComplexNeedsToTheComplexNeedsTeamWhoNameTheLeadWorker() {
    // given
    ProcessInstance pi = start("alnwick", false);

    // when
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    complete(task(), triage("COMPLEX_NEEDS", null));
    assertThat(pi).isWaitingAt("Activity_AcceptTransfer");
    assertThat(task()).hasCandidateGroup("complex-needs-team");
    complete(task(), withVariables("leadWorker", "cara"));
    selfAssessmentInvited(pi);

    // then
    assertThat(pi).isWaitingAt("Activity_OverviewAssessment");
    assertThat(task()).isAssignedTo("cara");
    Assertions.assertThat(holders).containsExactly("cst-alnwick", "complex-needs-team");
  }

  @Test
  void shouldAssessAndArrangeThenFindTheNeedsEligibleAndAuthoriseThePlanAfterOneReturn() {
    // given
    ProcessInstance pi = start("alnwick", false);

    // when
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    complete(task(), triage("ASSESS_AND_ARRANGE", "alan"));
    selfAssessmentInvited(pi);
    assertThat(pi).isWaitingAt("Activity_OverviewAssessment");
    assertThat(task()).isAssignedTo("alan");
    Map<String, Object> offered = overview(3, true);
    offered.put("reablementOffered", true);
    offered.put("carerAssessmentWanted", true);
    offered.put("specialistOccupationalTherapy", true);
    offered.put("specialistNursing", true);
    complete(task(), offered);
    execute(job()); // deciding eligibility is a step of its own: a decision that cannot decide is an incident

    // then one task per specialist assessment requested, collated by the lead worker
    Assertions.assertThat(taskQuery().taskDefinitionKey("Activity_SpecialistAssessment").list()).hasSize(2)
        .allMatch(t -> "alan".equals(t.getAssignee()));
    taskQuery().taskDefinitionKey("Activity_SpecialistAssessment").list().forEach(t -> complete(t));

    // then re-ablement and the carer's assessment come first, as offered, and are recorded
    assertThat(pi).isWaitingAt("Activity_Reablement");
    assertThat(task()).isAssignedTo("alan");
    complete(task(), withVariables("reablementOutcome", "PARTLY_MET"));
    assertThat(pi).isWaitingAt("Activity_CarerAssessment");
    complete(task(), withVariables("carerEligible", true));
    // and the lead worker writes the support plan, a manager returns it once, then authorises it
    assertThat(pi).isWaitingAt("Activity_AgreeSupportPlan");
    assertThat(task()).isAssignedTo("alan");
    complete(task());
    assertThat(pi).isWaitingAt("Activity_AuthoriseSupportPlan");
    assertThat(task()).hasCandidateGroup("adult-managers");
    complete(task(), withVariables("authorised", false, "authorisationNote", "Budget too low for two visits a day"));
    assertThat(pi).isWaitingAt("Activity_AgreeSupportPlan");
    complete(task());
    complete(task(), withVariables("authorised", true));

    // then the person is sent a link to their record, and care co-ordination starts as for a child
    assertThat(pi).isWaitingAt("Activity_SendRecordLink");
    execute(job());
    execute(job());
    assertThat(pi).isWaitingAt("Activity_CareCoordination");
    ProcessInstance careCoordination = calledProcessInstance(pi);
    Assertions.assertThat(careCoordination.getBusinessKey()).isEqualTo(REFERENCE);
    runJobsOf(careCoordination, "Activity_CirculateCarePlan");
    assertThat(careCoordination).isWaitingAt("Gateway_WaitForReview", "Event_FollowUpDue");
    // and the first review, by the lead worker (the plan's case manager), discharges
    execute(managementService().createJobQuery().processInstanceId(careCoordination.getId())
        .activityId("Event_ReviewDateReached").timers().singleResult());
    assertThat(careCoordination).isWaitingAt("Activity_CarePlanReview");
    Assertions.assertThat(taskQuery().processInstanceId(careCoordination.getId()).singleResult().getAssignee()).isEqualTo("alan");
    complete(taskQuery().processInstanceId(careCoordination.getId()).singleResult(), withVariables("reviewOutcome", "DISCHARGE"));
    runJobsOf(careCoordination, "Activity_SendDischargeLetter");
    runJobsOf(careCoordination, "Activity_RequestFeedback");
    assertThat(pi).isEnded().hasPassedInOrder("Activity_DecideEligibility", "Activity_CalculateIndicativeBudget",
        "Activity_RecordEligibility", "Activity_SpecialistAssessment", "Activity_Reablement", "Activity_CarerAssessment",
        "Activity_AgreeSupportPlan", "Activity_AuthoriseSupportPlan", "Activity_SendRecordLink",
        "Activity_CareCoordination", "Event_CareCoordinationEnded")
        .hasNotPassed("Activity_Signpost", "Activity_AcceptTransfer");
    Assertions.assertThat(steps).containsExactly("self-assessment invited", "record link sent", "plan circulated",
        "letter discharge", "feedback asked");
    Assertions.assertThat(outcomes).containsExactly("DISCHARGED");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("indicativeWeeklyAmount").singleResult().getValue()).as("3 substantial (9) and 7 some (7): 16 points, band 3").isEqualTo(180.0);
  }

  @Test
  void shouldWriteToAPersonWhoseNeedsAreNotEligibleAndCloseTheCase() {
    // given
    ProcessInstance pi = start("alnwick", false);
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    complete(task(), triage("ASSESS_AND_ARRANGE", "alan"));
    selfAssessmentInvited(pi);

    // when one outcome only is not achieved
    complete(task(), overview(1, true));
    execute(job());
    execute(job());
    execute(job());

    // then
    assertThat(pi).isEnded().hasPassedInOrder("Activity_DecideEligibility", "Activity_SendNotEligibleLetter",
        "Activity_CloseNotEligible", "Event_NotEligible").hasNotPassed("Activity_CalculateIndicativeBudget");
    Assertions.assertThat(sent).containsExactly("Activity_SendNotEligibleLetter adult-not-eligible");
    Assertions.assertThat(outcomes).containsExactly("NOT_ELIGIBLE");
  }

  @Test
  void shouldAskTheTeamToPostTheNotEligibleLetterWhenThePersonHasNoEmailAddress() {
    letterToPost = true;
    ProcessInstance pi = start("alnwick", false);
    assertThat(pi).isWaitingAt("Activity_TriageContact");
    complete(task(), triage("ASSESS_AND_ARRANGE", "alan"));
    selfAssessmentInvited(pi);
    complete(task(), overview(0, false));
    execute(job());
    execute(job());
    execute(job());

    assertThat(pi).isWaitingAt("Activity_PostNotEligibleLetter");
    assertThat(task()).hasCandidateGroup("cst-alnwick");
    complete(task(), withVariables("letterPosted", true));
    assertThat(pi).isEnded().hasPassed("Activity_CloseNotEligible");
  }

  /** The overview's answers: the first {@code notAchieved} outcomes SUBSTANTIAL, the rest SOME. */
  private static Map<String, Object> overview(int notAchieved, boolean wellbeingImpact) {
    Map<String, Object> answers = new HashMap<>();
    for (int i = 0; i < CheckOverviewListener.OUTCOMES.size(); i++) {
      answers.put(CheckOverviewListener.OUTCOMES.get(i), i < notAchieved ? "SUBSTANTIAL" : "SOME");
    }
    answers.put("wellbeingImpact", wellbeingImpact);
    answers.put("needsFromCondition", true);
    answers.put("needsNotMetOtherwise", true);
    answers.put("reablementOffered", false);
    answers.put("carerAssessmentWanted", false);
    return answers;
  }

  @Test
  void shouldNameOnlyStepsTheModelHas() {
    var model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(new java.io.File("processes/AdultContact.bpmn"));
    for (String step : List.of(AdultContactProcess.ALLOCATE_TEAM, AdultContactProcess.TRIAGE_CONTACT,
        AdultContactProcess.ACCEPT_TRANSFER, AdultContactProcess.SIGNPOST, AdultContactProcess.AUTHORISE_SUPPORT_PLAN)) {
      Assertions.assertThat((Object) model.getModelElementById(step)).as(step).isNotNull();
    }
  }

  /** The invitation to self-assess is asynchronous, before and after: a mail failure retries, never the worker's task. */
  private void selfAssessmentInvited(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Activity_InviteSelfAssessment");
    execute(job());
    execute(job());
  }

  /** Runs an asynchronous step of a called process: before and after. */
  private static void runJobsOf(ProcessInstance pi, String activityId) {
    for (int i = 0; i < 2; i++) {
      execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult());
    }
  }

  private ProcessInstance start(String team, boolean enquiry) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", REFERENCE);
    variables.put("team", team);
    variables.put("safeguardingEnquiry", enquiry);
    return runtimeService().startProcessInstanceByKey("AdultContact", REFERENCE, variables);
  }

  private static Map<String, Object> triage(String outcome, String leadWorker) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("triageOutcome", outcome);
    variables.put("leadWorker", leadWorker);
    return variables;
  }

  /** Fixed due dates. */
  public static class FixedCalendar {
    static final Date DAY = new Date(1_900_000_000_000L);
    static final Date DAY_7 = new Date(DAY.getTime() + 7 * 86_400_000L);

    public Date workingDaysAhead(int days) {
      return new Date(DAY.getTime() + days * 86_400_000L);
    }

    public Date reviewDue(String reference) { return DAY; }

    public Date reviewStarts(String reference) { return DAY; }

    public Date reviewStarts(String reference, int daysBefore) { return DAY; }

    public Date nextFollowUp() { return DAY; }

    /** The support plan names the lead worker as its case manager. */
    public String caseManager(String reference) { return "alan"; }
  }
}
