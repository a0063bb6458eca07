package org.carepath.casefile;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.referral.ReferralPathwayProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Closes the case with the step's input {@code outcome} and notes it on the case file. */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final CaseRecord record;
  private final Clock clock;

  CloseCaseDelegate(CareCaseRepository cases, CaseRecord record, Clock clock) {
    this.cases = cases;
    this.record = record;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    CaseOutcome outcome = CaseOutcome.valueOf((String) execution.getVariable("outcome"));
    var careCase = cases.getByReference(reference);
    careCase.close(outcome, clock.instant());
    cases.save(careCase);
    record.add(careCase, CaseRecordEntry.Kind.NOTE, "Case closed: " + outcome, null, "carepath");
  }
}
