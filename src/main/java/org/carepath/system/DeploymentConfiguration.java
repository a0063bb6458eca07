package org.carepath.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/} and the forms of {@code forms/} at start-up, each under a
 * stable name ({@code processes/ReferralPathway.bpmn}, {@code forms/ScreenReferral.form}) whether
 * carepath runs from the jar, from {@code spring-boot:run} or from tests. Replaces the starter's
 * default, whose pattern skips forms and whose names depend on how the application was started.
 *
 * <p>Duplicate filtering is on and {@code deploy-changed-only} is off: a restart with nothing changed
 * deploys nothing; any change deploys every model and form together, so {@code
 * formRefBinding="deployment"} always finds the form of the same deployment.
 */
@Component
class DeploymentConfiguration extends AbstractCamundaConfiguration
    implements CamundaDeploymentConfiguration {

  static final String DEPLOYMENT_NAME = "carepath";

  private final List<String> locations;

  DeploymentConfiguration(
      @Value("${carepath.deployment.locations:classpath*:processes/*.bpmn,classpath*:processes/*.dmn,"
              + "classpath*:forms/*.form}")
          List<String> locations) {
    this.locations = locations;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    Set<Resource> resources = getDeploymentResources();
    configuration.setDeploymentResources(resources.toArray(Resource[]::new));
    configuration.setDeploymentName(DEPLOYMENT_NAME);
    configuration.setDeployChangedOnly(false);
  }

  @Override
  public Set<Resource> getDeploymentResources() {
    var resolver = new PathMatchingResourcePatternResolver();
    Set<Resource> resources = new LinkedHashSet<>();
    for (String location : locations) {
      try {
        for (Resource resource : resolver.getResources(location.trim())) {
          if (resource.isReadable()) {
            resources.add(new NamedModelResource(resource));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read deployment resources at " + location, e);
      }
    }
    return resources;
  }
}
