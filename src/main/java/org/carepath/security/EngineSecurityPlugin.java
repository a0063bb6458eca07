package org.carepath.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Adds carepath's guards to the engine's command chain (see {@link OrQueryExpressionGuard}). */
@Component
class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
  }

  private static List<CommandInterceptor> withGuard(
      List<CommandInterceptor> existing, ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new OrQueryExpressionGuard(configuration));
    return interceptors;
  }
}
