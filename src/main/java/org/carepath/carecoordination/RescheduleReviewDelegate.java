package org.carepath.carecoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The message throw events "Reschedule review": a meeting or a handover agreed a new plan version, so
 * the main flow, waiting for the old review date, starts waiting for the new one
 * ({@code Event_PlanAgreedAgain}). Correlated to this process instance only.
 */
@Component("rescheduleReviewDelegate")
class RescheduleReviewDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(CareCoordinationProcess.MESSAGE_CARE_PLAN_AGREED)
        .processInstanceId(execution.getProcessInstanceId())
        .correlateAll();
  }
}
