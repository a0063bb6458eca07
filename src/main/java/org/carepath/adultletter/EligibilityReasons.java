package org.carepath.adultletter;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.springframework.stereotype.Component;

/**
 * Which rule of the decision {@code AdultEligibility} gave the case its reason: a Welsh letter prints
 * that rule's reason from the message bundle ({@code eligibility.reason.<rule id>}), an English letter
 * the decision's own words. Read from the engine's history of the case's latest evaluation (the letter
 * step is asynchronous, so the evaluation is committed by then); null when there is none.
 */
@Component
class EligibilityReasons {

  static final String DECISION = "AdultEligibility";
  private static final String OUTPUT = "eligibilityRule";

  private final HistoryService history;

  EligibilityReasons(HistoryService history) {
    this.history = history;
  }

  String ruleOf(DelegateExecution process) {
    return history.createHistoricDecisionInstanceQuery().processInstanceId(process.getProcessInstanceId())
        .decisionDefinitionKey(DECISION).includeOutputs().orderByEvaluationTime().desc().listPage(0, 1).stream()
        .flatMap(decision -> decision.getOutputs().stream()).filter(output -> OUTPUT.equals(output.getVariableName()))
        .map(HistoricDecisionOutputInstance::getRuleId).findFirst().orElse(null);
  }
}
