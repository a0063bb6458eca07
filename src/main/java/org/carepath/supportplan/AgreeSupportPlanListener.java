package org.carepath.supportplan;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.careplan.CarePlans;
import org.springframework.stereotype.Component;

/**
 * The lead worker hands the support plan to authorisation only with a draft that carries its
 * personal budget (saved on this form or with {@code PUT /api/cases/{reference}/care-plan}).
 */
@Component
class AgreeSupportPlanListener implements TaskListener {

  private final CarePlans plans;

  AgreeSupportPlanListener(CarePlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    boolean ready = plans.current(reference)
        .filter(plan -> "DRAFT".equals(plan.status()) && plan.personalBudget() != null).isPresent();
    if (!ready) {
      throw new BadUserRequestException("carePlan: write the support plan with its personal budget before asking for"
          + " authorisation (on this form, or PUT /api/cases/" + reference + "/care-plan)");
    }
    task.removeVariable(AuthoriseSupportPlanListener.NOTE);
  }
}
