package org.carepath.carecoordination;

import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.deployment.ForModels;
import org.springframework.stereotype.Component;

/**
 * Who does the case manager's work (bean {@code carePlanRoles}): the case manager of the latest agreed
 * plan, so a handover moves every later task at once; before any plan, the allocated worker.
 */
@ForModels
@Component("carePlanRoles")
public class CarePlanRoles {

  private final CarePlans plans;
  private final CareCaseRepository cases;

  CarePlanRoles(CarePlans plans, CareCaseRepository cases) {
    this.plans = plans;
    this.cases = cases;
  }

  public String caseManager(String reference) {
    return plans.latestAgreed(reference).map(AgreedPlan::caseManager)
        .orElseGet(() -> cases.getByReference(reference).getAllocatedWorker());
  }
}
