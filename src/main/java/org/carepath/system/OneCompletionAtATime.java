package org.carepath.system;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Two people completing the same task at the same moment: the second waits for the first (a row lock
 * on the task, taken before the engine reads anything) and is then refused as a concurrent change
 * (409 through the REST API), instead of failing half-way through on state the first has already
 * removed. Exactly one completion counts and the process goes on once.
 */
@Component
public class OneCompletionAtATime extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Lock(configuration.getDatabaseTablePrefix()));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** SQL states of a lock that was not granted in time: H2 (HYT00), PostgreSQL (55P03). */
  static final java.util.Set<String> LOCK_TIMEOUTS = java.util.Set.of("HYT00", "55P03");

  static final class Lock extends CommandInterceptor {

    private final String tablePrefix;

    Lock(String tablePrefix) {
      this.tablePrefix = tablePrefix == null ? "" : tablePrefix;
    }

    @Override
    public <T> T execute(Command<T> command) {
      String taskId = taskId(command);
      if (taskId != null && Context.getCommandContext() != null) {
        lock(taskId);
      }
      return next.execute(command);
    }

    private void lock(String taskId) {
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      String sql = "select ID_ from " + tablePrefix + "ACT_RU_TASK where ID_ = ? for update";
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, taskId);
        try (ResultSet row = select.executeQuery()) {
          boolean stillThere = row.next();
          if (!stillThere && wasJustCompleted(connection, taskId)) {
            throw new OptimisticLockingException("Task " + taskId + " was completed by someone else at the same moment");
          }
        }
      } catch (SQLException e) {
        if (LOCK_TIMEOUTS.contains(e.getSQLState())) {
          throw new OptimisticLockingException("Task " + taskId + " is being completed by someone else at the same moment");
        }
        throw new ProcessEngineException("Could not lock task " + taskId + ": " + e.getMessage(), e);
      }
    }

    /** A task that is gone but in the history as ended: someone else's completion just won. */
    private boolean wasJustCompleted(Connection connection, String taskId) throws SQLException {
      String sql = "select END_TIME_ from " + tablePrefix + "ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null";
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, taskId);
        try (ResultSet row = select.executeQuery()) {
          return row.next();
        }
      }
    }

    private static String taskId(Command<?> command) {
      if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
        return null;
      }
      try {
        Field field = command.getClass().getDeclaredField("taskId");
        field.setAccessible(true);
        return (String) field.get(command);
      } catch (ReflectiveOperationException e) {
        return null;
      }
    }
  }
}
