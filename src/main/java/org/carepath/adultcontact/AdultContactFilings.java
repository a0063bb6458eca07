package org.carepath.adultcontact;

import static org.carepath.casefile.CaseFileFilings.notes;
import static org.carepath.casefile.CaseFileFilings.text;
import static org.carepath.casefile.CaseFileFilings.yes;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.carepath.casefile.CaseFileFilings;
import org.carepath.casefile.EligibilityOutcome;
import org.springframework.stereotype.Component;

/** What the adult pathway's assessments file on the case file (AdultContact.bpmn). */
@Component
public class AdultContactFilings implements CaseFileFilings {

  @Override
  public Map<String, Filing> filings() {
    return Map.of(
        "Activity_SafeguardingEnquiry", new Filing(t -> "Safeguarding enquiry: " + text(t, "enquiryOutcome"),
            t -> text(t, "enquiryNotes"), List.of("enquiryNotes")),
        "Activity_SpecialistAssessment", new Filing(
            t -> "Specialist assessment, " + text(t, "specialism") + ": " + text(t, "specialistName"),
            t -> text(t, "specialistSummary"), List.of("specialistName", "specialistSummary")),
        "Activity_Reablement", new Filing(t -> "Re-ablement: " + text(t, "reablementOutcome"),
            t -> text(t, "reablementNotes"), List.of("reablementNotes")),
        "Activity_CarerAssessment", new Filing(
            t -> "Carer's assessment: " + (yes(t, "carerEligible") ? "eligible needs" : "no eligible needs"),
            t -> text(t, "carerAssessmentNotes"), List.of("carerAssessmentNotes")),
        "Activity_OverviewAssessment", new Filing(t -> "Overview assessment", AdultContactFilings::overview,
            List.of("overviewNotes")));
  }

  /** The ten eligibility outcomes, each at its level, then the three questions of the decision. */
  private static String overview(DelegateTask task) {
    StringBuilder body = new StringBuilder();
    for (String outcome : EligibilityOutcome.variables()) {
      body.append(outcome.substring("outcome".length())).append(": ").append(text(task, outcome)).append('\n');
    }
    body.append("Significant impact on wellbeing: ").append(yes(task, "wellbeingImpact") ? "yes" : "no").append('\n');
    body.append("Needs arise from a condition: ").append(yes(task, "needsFromCondition") ? "yes" : "no").append('\n');
    body.append("Needs not met otherwise: ").append(yes(task, "needsNotMetOtherwise") ? "yes" : "no");
    return body + notes(task, "overviewNotes");
  }
}
