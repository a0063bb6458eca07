package org.carepath.casefile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.iap.IapServices;
import org.springframework.stereotype.Component;

/**
 * Puts what a worker wrote on a task's form on the case file when the task completes, and takes the
 * free text out of the process (bean {@code caseFileNoteListener}, a complete listener). Notes are
 * business data: they belong to the case, not to the engine, and a later form must not show them
 * pre-filled. Each task it knows names a title and the form fields it files; fields a gateway still
 * needs (a review outcome, the ticked IAP services) are filed but left in place.
 */
@Component("caseFileNoteListener")
class CaseFileNoteListener implements TaskListener {

  /** What one task files: the entry's title and body from the task, and the variables to remove. */
  record Filing(Function<DelegateTask, String> title, Function<DelegateTask, String> body, List<String> moved) {}

  static final Map<String, Filing> FILINGS = Map.ofEntries(
      Map.entry("Activity_SafeguardingEnquiry", new Filing(t -> "Safeguarding enquiry: " + text(t, "enquiryOutcome"),
          t -> text(t, "enquiryNotes"), List.of("enquiryNotes"))),
      Map.entry("Activity_SpecialistAssessment", new Filing(
          t -> "Specialist assessment, " + text(t, "specialism") + ": " + text(t, "specialistName"),
          t -> text(t, "specialistSummary"), List.of("specialistName", "specialistSummary"))),
      Map.entry("Activity_Reablement", new Filing(t -> "Re-ablement: " + text(t, "reablementOutcome"),
          t -> text(t, "reablementNotes"), List.of("reablementNotes"))),
      Map.entry("Activity_CarerAssessment", new Filing(
          t -> "Carer's assessment: " + (yes(t, "carerEligible") ? "eligible needs" : "no eligible needs"),
          t -> text(t, "carerAssessmentNotes"), List.of("carerAssessmentNotes"))),
      Map.entry("Activity_OverviewAssessment", new Filing(t -> "Overview assessment", CaseFileNoteListener::overview,
          List.of("overviewNotes"))),
      Map.entry("Activity_LearningReview", new Filing(t -> CaseRecordEntry.LEARNING_REVIEW, t -> text(t, "learningNotes"),
          List.of("learningNotes"))),
      Map.entry("Activity_ChooseIapServices", new Filing(t -> "IAP services chosen",
          t -> IapServices.ticked(t).isEmpty() ? "None" : String.join(", ", IapServices.ticked(t)), List.of())),
      Map.entry("Activity_IapAppointment", new Filing(
          t -> "IAP appointment, " + text(t, "iapService") + ": " + (yes(t, "attended") ? "attended" : "not attended")
              + ", " + (yes(t, "reportReceived") ? "report received" : "no report yet"),
          t -> null, List.of())),
      Map.entry("Activity_ReviewOverdueIap", new Filing(t -> "Overdue IAP reviewed", t -> text(t, "overdueReviewNotes"),
          List.of("overdueReviewNotes"))),
      Map.entry("Activity_PlanMeeting", new Filing(t -> "Plan meeting held" + on(t.getVariable("planMeetingDate")),
          t -> "Attendees: " + text(t, "planMeetingAttendees") + notes(t, "planMeetingNotes"),
          List.of("planMeetingDate", "planMeetingAttendees", "planMeetingNotes"))),
      Map.entry("Activity_CarePlanReview", new Filing(t -> "Care plan reviewed: " + text(t, "reviewOutcome"),
          t -> text(t, "reviewNotes"), List.of("reviewNotes"))),
      Map.entry("Activity_FollowUpOverdueActions", new Filing(t -> "Overdue actions followed up", t -> text(t, "followUpNotes"),
          List.of("followUpNotes"))),
      Map.entry("Activity_DecideAfterDisengagement", new Filing(
          t -> "Decision after disengagement: " + text(t, "disengagementDecision"), t -> text(t, "disengagementNotes"),
          List.of("disengagementNotes"))));

  private final CareCaseRepository cases;
  private final CaseRecord record;

  CaseFileNoteListener(CareCaseRepository cases, CaseRecord record) {
    this.cases = cases;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    Filing filing = FILINGS.get(task.getTaskDefinitionKey());
    if (filing == null) {
      throw new IllegalStateException("caseFileNoteListener does not know task " + task.getTaskDefinitionKey());
    }
    CareCase careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    String author = task.getAssignee() == null ? "carepath" : task.getAssignee();
    record.add(careCase, CaseRecordEntry.Kind.NOTE, filing.title().apply(task), filing.body().apply(task), author);
    filing.moved().forEach(task::removeVariable);
  }

  /** The ten eligibility outcomes of the Care and Support (Eligibility Criteria) Regulations 2014, each at its level. */
  static final List<String> OUTCOMES = EligibilityOutcome.variables();

  private static String overview(DelegateTask task) {
    StringBuilder body = new StringBuilder();
    for (String outcome : OUTCOMES) {
      body.append(outcome.substring("outcome".length())).append(": ").append(text(task, outcome)).append('\n');
    }
    body.append("Significant impact on wellbeing: ").append(yes(task, "wellbeingImpact") ? "yes" : "no").append('\n');
    body.append("Needs arise from a condition: ").append(yes(task, "needsFromCondition") ? "yes" : "no").append('\n');
    body.append("Needs not met otherwise: ").append(yes(task, "needsNotMetOtherwise") ? "yes" : "no");
    return body + notes(task, "overviewNotes");
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? "" : value.toString().strip();
  }

  private static boolean yes(DelegateTask task, String name) {
    return Boolean.TRUE.equals(task.getVariable(name));
  }

  private static String on(Object date) {
    return date == null || date.toString().isBlank() ? "" : " on " + date;
  }

  private static String notes(DelegateTask task, String name) {
    String notes = text(task, name);
    return notes.isEmpty() ? "" : "\n\n" + notes;
  }
}
