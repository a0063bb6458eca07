package org.carepath.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Makes deployment safe (docs/security.md, "Deploying models"): expressions resolve only
 * {@link ModelBeans}, every new deployment passes {@link SafeDeployer}, and no deployment is deleted
 * with its cases ({@link CascadeDeletionGuard}) nor by the one who deployed it ({@link
 * NoOwnerGrantOnDeployments}).
 */
@Component
class SafeDeploymentPlugin extends AbstractProcessEnginePlugin {

  private final ModelBeans beans;

  SafeDeploymentPlugin(ApplicationContext context) {
    this.beans = new ModelBeans(context);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // The starter's factory bean has already made an expression manager over the whole context.
    configuration.setBeans(beans);
    configuration.setExpressionManager(new ModelExpressionManager(beans));
    var decisions = configuration.getDmnEngineConfiguration() != null ? configuration.getDmnEngineConfiguration()
        : (org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration)
            org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    decisions.setFeelEngineFactory(PlainValuesInFeel.engineFactory());
    configuration.setDmnEngineConfiguration(decisions);
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(new SafeDeployer(new ModelSafetyCheck(beans::exposes, beans::exposesMethod)));
    configuration.setCustomPreDeployers(deployers);
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CascadeDeletionGuard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    configuration.setResourceAuthorizationProvider(new NoOwnerGrantOnDeployments());
  }

  /** Takes back the owner grants (ALL, DELETE included) that earlier versions let Camunda give deployers. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var authorizations = engine.getAuthorizationService();
    authorizations.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT).list().stream()
        .filter(grant -> grant.getUserId() != null)
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }
}
