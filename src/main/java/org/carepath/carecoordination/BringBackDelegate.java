package org.carepath.carecoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.referral.BringBack;
import org.springframework.stereotype.Component;

/**
 * {@code Activity_BringBackToIscan}: care co-ordination ends (the event sub-process interrupts it)
 * and the case goes to Part 3 of the sector's ISCAN meeting, the pathway's second entry.
 */
@Component("bringBackDelegate")
class BringBackDelegate implements JavaDelegate {

  private final BringBack bringBack;

  BringBackDelegate(BringBack bringBack) {
    this.bringBack = bringBack;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariable(CareCoordinationProcess.EVENT_REASON);
    Object by = execution.getVariable(CareCoordinationProcess.EVENT_BY);
    bringBack.bringBack(execution.getProcessBusinessKey(), reason == null ? null : reason.toString(),
        by == null ? "carepath" : by.toString());
  }
}
