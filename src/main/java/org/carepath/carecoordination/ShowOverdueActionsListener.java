package org.carepath.carecoordination;

import static org.carepath.tasklist.MarkdownText.escape;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Lists the overdue actions on {@code Activity_FollowUpOverdueActions} (task-local {@code overdueActionList}). */
@Component("showOverdueActionsListener")
class ShowOverdueActionsListener implements TaskListener {

  private final ActionFollowUps followUps;

  ShowOverdueActionsListener(ActionFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal("overdueActionList", followUps.overdue(task.getExecution().getProcessBusinessKey()).stream()
        .map(a -> "- " + escape(a.description()) + " (" + escape(a.agency()) + "; keyworker " + escape(a.keyworker().name())
            + ", " + escape(a.keyworker().email()) + "; due " + a.dueDate() + ")")
        .collect(Collectors.joining("\n")));
  }
}
