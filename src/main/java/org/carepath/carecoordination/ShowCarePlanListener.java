package org.carepath.carecoordination;

import static org.carepath.tasklist.MarkdownText.escape;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.springframework.stereotype.Component;

/**
 * Shows the latest agreed plan on a review or meeting form: the task-local {@code carePlanSummary}
 * (lead agency, case manager, review date, each action with keyworker and due date). Task-local, so
 * it leaves the runtime with the task and the history with the case. What people typed is escaped:
 * the form renders Markdown ({@link org.carepath.tasklist.MarkdownText}).
 */
@Component("showCarePlanListener")
class ShowCarePlanListener implements TaskListener {

  static final String SUMMARY = "carePlanSummary";

  private final CarePlans plans;

  ShowCarePlanListener(CarePlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String summary = plans.latestAgreed(task.getExecution().getProcessBusinessKey())
        .map(ShowCarePlanListener::summary).orElse("No care plan has been agreed yet.");
    task.setVariableLocal(SUMMARY, summary);
  }

  static String summary(AgreedPlan plan) {
    return "**Care plan version " + plan.version() + "** (agreed " + plan.planDate() + ", review by "
        + plan.reviewDate() + "). Lead agency: " + escape(plan.leadAgency()) + "; case manager: "
        + escape(plan.caseManager()) + ".\n\n" + plan.actions().stream()
            .map(a -> "- " + escape(a.description()) + " (" + escape(a.agency()) + "; " + escape(a.keyworker().name())
                + "; due " + a.dueDate() + ")")
            .collect(Collectors.joining("\n"));
  }
}
