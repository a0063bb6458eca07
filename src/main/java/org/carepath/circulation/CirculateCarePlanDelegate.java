package org.carepath.circulation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Activity_CirculateCarePlan} and the recirculation after meetings: see {@link CarePlanCirculation}. */
@Component("circulateCarePlanDelegate")
class CirculateCarePlanDelegate implements JavaDelegate {

  private final CarePlanCirculation circulation;

  CirculateCarePlanDelegate(CarePlanCirculation circulation) {
    this.circulation = circulation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    circulation.circulateLatest(execution.getProcessBusinessKey());
  }
}
