package org.carepath.security;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.carepath.identity.StaffGroups;

/**
 * Comments are written by the people who work a task. Camunda lets anyone who may read a case's
 * history add a comment to any of its tasks: a service lead, who oversees every sector, could write
 * on a North child's screening task. A comment now needs a task the author can see as a worker
 * (their team's or their own); administrators are not limited.
 */
class CommentGuard extends CommandInterceptor {

  private static final Field TASK = field("taskId");

  private final ProcessEngineConfigurationImpl configuration;

  CommentGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null && command instanceof AddCommentCmd) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
      if (user != null && !groups.contains(StaffGroups.CAMUNDA_ADMIN)) {
        String taskId = (String) read(command);
        if (taskId == null || configuration.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
          throw new AuthorizationException("User '" + user.getUserId()
              + "' may not comment here: comments are written on tasks you work");
        }
      }
    }
    return next.execute(command);
  }

  private static Object read(Object command) {
    try {
      return TASK.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(String name) {
    try {
      Field field = AddCommentCmd.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda changed AddCommentCmd: review CommentGuard", e);
    }
  }
}
