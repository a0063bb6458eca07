package org.carepath.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.carepath.system.EngineInternals;

/**
 * Refuses expressions inside the or-queries of an ad-hoc task query (CVE-2026-109432). Camunda
 * 7.24.0 CE checks only the top level of an ad-hoc query, and the extending query of a filter only
 * at its top level, so {@code ${...}} inside {@code orQueries} would be evaluated. Stored filters
 * (created by administrators) keep their expressions; ad-hoc queries never have any.
 */
class OrQueryExpressionGuard extends CommandInterceptor {

  private static final Field EXTENDING_QUERY =
      EngineInternals.field(AbstractExecuteFilterCmd.class, "extendingQuery", "OrQueryExpressionGuard");

  private final ProcessEngineConfigurationImpl configuration;

  OrQueryExpressionGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!configuration.isEnableExpressionsInAdhocQueries()) {
      if (command instanceof TaskQueryImpl query) {
        refuseOrExpressions(query);
      } else if (command instanceof AbstractExecuteFilterCmd
          && EngineInternals.read(EXTENDING_QUERY, command) instanceof TaskQueryImpl extending) {
        refuseOrExpressions(extending);
      }
    }
    return next.execute(command);
  }

  static void refuseOrExpressions(TaskQueryImpl query) {
    for (TaskQueryImpl part : query.getQueries()) {
      if (part.getExpressions() != null && !part.getExpressions().isEmpty()) {
        throw new BadUserRequestException(
            "Expressions are forbidden in adhoc queries, including inside orQueries");
      }
    }
  }
}
