package org.carepath.optin;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.referral.ReferralPathwayProcess;
import org.springframework.stereotype.Component;

/** Counts the opt-in calls ({@code callAttempts}) and notes each call's answer on the case file. */
@Component
class CountCallAttemptListener implements TaskListener {

  private final CareCaseRepository cases;
  private final CaseRecord record;

  CountCallAttemptListener(CareCaseRepository cases, CaseRecord record) {
    this.cases = cases;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    Integer before = (Integer) task.getVariable(ReferralPathwayProcess.CALL_ATTEMPTS);
    int attempts = before == null ? 1 : before + 1;
    task.getExecution().setVariable(ReferralPathwayProcess.CALL_ATTEMPTS, attempts);
    String reference = task.getExecution().getProcessBusinessKey();
    cases.findByReference(reference).ifPresent(c -> record.add(c, CaseRecordEntry.Kind.NOTE,
        "Opt-in call " + attempts + ": " + task.getVariable("familyResponse"),
        (String) task.getVariable("callNotes"), task.getAssignee() == null ? "carepath" : task.getAssignee()));
    // the notes are on the case file; the next call's form starts empty
    task.removeVariable("callNotes");
  }
}
