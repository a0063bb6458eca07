package org.carepath.carecoordination;

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
        .map(a -> "- " + a.description() + " (" + a.agency() + "; keyworker " + a.keyworker().name() + ", "
            + a.keyworker().email() + "; due " + a.dueDate() + ")")
        .collect(Collectors.joining("\n")));
  }
}
