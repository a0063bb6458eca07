package org.carepath.selfassessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.casefile.CareCaseRepository;
import org.springframework.stereotype.Component;

/**
 * Shows the person's own answers on the lead worker's overview and support plan forms (in a disabled
 * text area, never Markdown), so the person tells their story once.
 */
@Component("showSelfAssessmentListener")
class ShowSelfAssessmentListener implements TaskListener {

  static final String VARIABLE = "selfAssessmentSummary";

  private final CareCaseRepository cases;
  private final SelfAssessments selfAssessments;

  ShowSelfAssessmentListener(CareCaseRepository cases, SelfAssessments selfAssessments) {
    this.cases = cases;
    this.selfAssessments = selfAssessments;
  }

  @Override
  public void notify(DelegateTask task) {
    var careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    task.setVariableLocal(VARIABLE, selfAssessments.latest(careCase)
        .orElse("Not returned yet. The case file will show the answers when they arrive."));
  }
}
