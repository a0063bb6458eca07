package org.carepath.carecoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Activity_FollowUpActions}: the daily follow-up; sets {@code overdueActions} for the gateway. */
@Component("followUpActionsDelegate")
class FollowUpActionsDelegate implements JavaDelegate {

  private final ActionFollowUps followUps;

  FollowUpActionsDelegate(ActionFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CareCoordinationProcess.OVERDUE_ACTIONS, followUps.followUp(execution.getProcessBusinessKey()));
  }
}
