package org.carepath.decision;

import static org.carepath.referral.ReferralPathwayProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the team decision on the case file, allocates the worker, and marks the sector's first five
 * accepted cases for a whole-team learning review ({@code firstFiveCase}).
 */
@Component
class RecordDecisionDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final CaseRecord record;
  private final CurrentStaff staff;

  RecordDecisionDelegate(CareCaseRepository cases, CaseRecord record, CurrentStaff staff) {
    this.cases = cases;
    this.record = record;
    this.staff = staff;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    var careCase = cases.getByReference(reference);
    IscanDecision decision = IscanDecision.valueOf((String) execution.getVariable(DECISION));
    if (decision.allocates()) {
      careCase.allocate((String) execution.getVariable(ALLOCATED_WORKER));
      cases.saveAndFlush(careCase);
    }
    String body = "Decision: " + decision + "\nRecommendation: " + execution.getVariable(RECOMMENDATION)
        + " (" + execution.getVariable("recommendationRule") + ")"
        + (careCase.getAllocatedWorker() == null ? "" : "\nAllocated to: " + careCase.getAllocatedWorker())
        + (execution.getVariable(DECISION_REASON) == null ? "" : "\nReason: " + execution.getVariable(DECISION_REASON));
    record.add(careCase, CaseRecordEntry.Kind.DECISION, "ISCAN team decision: " + decision, body, staff.userId());
    boolean firstFive = decision.allocates() && cases.countBySectorAndAllocatedWorkerIsNotNull(careCase.getSector()) <= 5;
    execution.setVariable(FIRST_FIVE_CASE, firstFive);
  }
}
