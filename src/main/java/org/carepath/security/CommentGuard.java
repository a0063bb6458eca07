package org.carepath.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.carepath.system.EngineInternals;
import org.carepath.identity.CurrentStaff;

/**
 * Comments are written by the people who work a task. Camunda lets anyone who may read a case's
 * history add a comment to any of its tasks: a service lead, who oversees every sector, could write
 * on a North child's screening task. A comment now needs a task the author can see as a worker
 * (their team's or their own); administrators are not limited.
 */
class CommentGuard extends CommandInterceptor {

  private static final Field TASK = EngineInternals.field(AddCommentCmd.class, "taskId", "CommentGuard");

  private final ProcessEngineConfigurationImpl configuration;

  CommentGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null && command instanceof AddCommentCmd) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && !CurrentStaff.isAdministrator(user)) {
        String taskId = (String) EngineInternals.read(TASK, command);
        if (taskId == null || configuration.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
          throw new AuthorizationException("User '" + user.getUserId()
              + "' may not comment here: comments are written on tasks you work");
        }
      }
    }
    return next.execute(command);
  }


}
