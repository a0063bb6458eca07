package org.carepath.adultcontact;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.springframework.stereotype.Component;

/**
 * Files the decisions of {@code AdultEligibility} and {@code IndicativeBudget} on the case: which
 * eligibility rule applied, and the indicative weekly amount of the resource allocation system with
 * its band, from which the support plan starts.
 */
@Component
class RecordEligibilityDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final CaseRecord record;

  RecordEligibilityDelegate(CareCaseRepository cases, CaseRecord record) {
    this.cases = cases;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var careCase = cases.getByReference(execution.getProcessBusinessKey());
    Object amount = execution.getVariable("indicativeWeeklyAmount");
    String pounds = amount instanceof Number number ? String.format(Locale.UK, "£%.2f", number.doubleValue()) : "none";
    String title = "Eligible for care and support; indicative budget " + pounds + " a week";
    if (!record.has(careCase, title)) {
      record.add(careCase, CaseRecordEntry.Kind.DECISION, title,
          execution.getVariable("eligibilityRule") + "\n" + execution.getVariable("budgetBand"), "carepath");
    }
  }
}
