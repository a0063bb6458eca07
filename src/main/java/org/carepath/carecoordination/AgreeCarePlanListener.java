package org.carepath.carecoordination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.careplan.CarePlans;
import org.springframework.stereotype.Component;

/**
 * Completing the plan meeting ({@code Activity_PlanMeeting}) agrees the care plan the care
 * co-ordinator saved through the API or the form: care co-ordination starts with version 1. Without a
 * saved plan the task is refused with a message naming {@code carePlan}.
 */
@Component("agreeCarePlanListener")
class AgreeCarePlanListener implements TaskListener {

  private final CarePlans plans;

  AgreeCarePlanListener(CarePlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.agree(task.getExecution().getProcessBusinessKey(), task.getAssignee() == null ? "carepath" : task.getAssignee());
  }
}
