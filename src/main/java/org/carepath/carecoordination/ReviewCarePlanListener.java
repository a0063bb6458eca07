package org.carepath.carecoordination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.careplan.CarePlans;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Activity_CarePlanReview} with {@code CONTINUE} agrees the updated plan the case
 * manager saved (new actions, a new review date), which is then circulated; without an updated plan
 * the review is refused with a message naming {@code carePlan}. {@code DISCHARGE} leaves the plan as
 * it is.
 */
@Component("reviewCarePlanListener")
class ReviewCarePlanListener implements TaskListener {

  private final CarePlans plans;

  ReviewCarePlanListener(CarePlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(CareCoordinationProcess.REVIEW_OUTCOME);
    if ("CONTINUE".equals(outcome)) {
      plans.agree(task.getExecution().getProcessBusinessKey(), task.getAssignee());
    } else if (!"DISCHARGE".equals(outcome)) {
      throw new org.camunda.bpm.engine.BadUserRequestException("reviewOutcome: must be CONTINUE or DISCHARGE");
    }
  }
}
