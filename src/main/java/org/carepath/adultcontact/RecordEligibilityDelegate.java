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
  private final AdultEligibilityRepository eligibility;
  private final java.time.Clock clock;

  RecordEligibilityDelegate(CareCaseRepository cases, CaseRecord record, AdultEligibilityRepository eligibility,
      java.time.Clock clock) {
    this.cases = cases;
    this.record = record;
    this.eligibility = eligibility;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var careCase = cases.getByReference(execution.getProcessBusinessKey());
    Object amount = execution.getVariable("indicativeWeeklyAmount");
    String pounds = amount instanceof Number number ? String.format(Locale.UK, "£%.2f", number.doubleValue()) : "none";
    String title = "Eligible for care and support; indicative budget " + pounds + " a week";
    if (eligibility.findByCareCase(careCase).isEmpty()) {
      eligibility.save(new AdultEligibilityRecord(careCase, true, String.valueOf(execution.getVariable("eligibilityRule")),
          amount instanceof Number number ? java.math.BigDecimal.valueOf(number.doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP) : null,
          (String) execution.getVariable("budgetBand"), clock.instant()));
    }
    record.addOnce(careCase, CaseRecordEntry.Kind.DECISION, title,
          execution.getVariable("eligibilityRule") + "\n" + execution.getVariable("budgetBand"), "carepath");
  }
}
