package org.carepath.adultcontact;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;
import org.springframework.stereotype.Component;

/** The complex needs team accepts a transfer by naming its lead worker, one of its members. */
@Component
class AcceptTransferListener implements TaskListener {

  private final LeadWorkers leadWorkers;
  private final CurrentStaff staff;

  AcceptTransferListener(LeadWorkers leadWorkers, CurrentStaff staff) {
    this.leadWorkers = leadWorkers;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    Object worker = task.getVariable(AdultContactProcess.LEAD_WORKER);
    leadWorkers.checkMember(worker, StaffGroups.COMPLEX_NEEDS_TEAM);
    task.setVariable(AdultContactProcess.LEAD_WORKER, ((String) worker).strip());
    leadWorkers.name(task.getExecution().getProcessBusinessKey(), (String) worker,
        "Transfer accepted by the complex needs team", staff.userId());
  }
}
