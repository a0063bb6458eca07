package org.carepath.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.carepath.system.EveryUserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records every completion of a user task in the audit trail, however it is completed (Tasklist,
 * Camunda's REST API, carepath's own code): who (the authenticated user, else the assignee, else
 * {@code carepath}), the case (the instance's business key) and the step
 * ({@code TASK_COMPLETED Activity_ScreenReferral}). Added to every user task when the models are
 * parsed, as {@code tasklist.ReadableTaskNames} does.
 */
@Component
class TaskCompletionAudit extends AbstractProcessEnginePlugin {

  static final String SYSTEM = "carepath";

  /** Looked up when a task completes: the engine is built before carepath's JPA beans are needed. */
  private final ObjectProvider<AuditTrail> trail;

  TaskCompletionAudit(ObjectProvider<AuditTrail> trail) {
    this.trail = trail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, this::record);
  }

  void record(DelegateTask task) {
    String authenticated = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    String user = authenticated != null ? authenticated : task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    String definition = task.getProcessDefinitionId();
    String process = definition == null ? "" : definition.substring(0, definition.indexOf(':') < 0
        ? definition.length() : definition.indexOf(':'));
    trail.getObject().recordTaskCompletion(user, task.getExecution().getProcessBusinessKey(),
        task.getTaskDefinitionKey(), "task " + task.getId() + " of " + process);
  }
}
