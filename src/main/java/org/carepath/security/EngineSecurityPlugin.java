package org.carepath.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds carepath's guards to the engine's command chain ({@link OrQueryExpressionGuard}, {@link
 * CaseStartGuard}, {@link ProtectedVariables}, {@link CommentGuard}, {@link NoCaseDeletion}) and keeps a refused job execution
 * from using up the job's retries ({@link RefusedJobKeepsRetries}).
 */
@Component
class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CareCaseRepository> cases;

  EngineSecurityPlugin(ObjectProvider<CareCaseRepository> cases) {
    this.cases = cases;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuards(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuards(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
    configuration.setFailedJobCommandFactory(new RefusedJobKeepsRetries());
  }

  private List<CommandInterceptor> withGuards(
      List<CommandInterceptor> existing, ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new OrQueryExpressionGuard(configuration));
    interceptors.add(new CaseStartGuard(configuration, this::teamOfCase));
    interceptors.add(new ProtectedVariables(configuration));
    interceptors.add(new CommentGuard(configuration));
    interceptors.add(new NoCaseDeletion(configuration.getIdentityService()));
    return interceptors;
  }

  private Optional<String> teamOfCase(String reference) {
    return cases.getObject().findByReference(reference).map(CareCase::team);
  }
}
