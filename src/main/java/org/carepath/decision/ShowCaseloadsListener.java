package org.carepath.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.referral.ReferralPathwayProcess;
import org.springframework.stereotype.Component;

/**
 * On the team decision task: shows the team's caseloads against capacity (task-local {@code caseloads})
 * and offers the team's workers to allocate ({@code workerChoices}, the select's options).
 */
@Component
class ShowCaseloadsListener implements TaskListener {

  static final String WORKER_CHOICES = "workerChoices";

  private final Caseloads caseloads;

  ShowCaseloadsListener(Caseloads caseloads) {
    this.caseloads = caseloads;
  }

  @Override
  public void notify(DelegateTask task) {
    String team = (String) task.getVariable(ReferralPathwayProcess.SECTOR_TEAM);
    task.setVariableLocal("caseloads", caseloads.summary(team));
    task.setVariableLocal(WORKER_CHOICES, caseloads.choices(team));
  }
}
