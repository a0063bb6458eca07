package org.carepath.carecoordination;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.careplan.CarePlans;
import org.carepath.careplan.ReviewInterval;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
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
  private final CareCaseRepository cases;
  private final Clock clock;

  ReviewCarePlanListener(CarePlans plans, CareCaseRepository cases, Clock clock) {
    this.plans = plans;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(CareCoordinationProcess.REVIEW_OUTCOME);
    if ("CONTINUE".equals(outcome)) {
      String reference = task.getExecution().getProcessBusinessKey();
      plans.current(reference).filter(plan -> !plan.reviewDate().isAfter(LocalDate.now(clock))).ifPresent(plan -> {
        ReviewInterval interval = ReviewInterval.of(cases.findByReference(reference).filter(CareCase::isAdult).isPresent());
        throw new BadUserRequestException("carePlan.reviewDate: set the next review after today (at most "
            + interval.months() + " months ahead)");
      });
      plans.agree(reference, task.getAssignee());
    } else if (!"DISCHARGE".equals(outcome)) {
      throw new BadUserRequestException("reviewOutcome: must be CONTINUE or DISCHARGE");
    }
  }
}
