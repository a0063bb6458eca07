package org.carepath.deployment;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * Camunda gives whoever creates a deployment ALL on it, DELETE included: a process manager could
 * delete his own deployment with every case running on it. Deployments get no owner grant here; the
 * group grants decide (process managers create and read, administrators everything).
 */
class NoOwnerGrantOnDeployments extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newDeployment(Deployment deployment) {
    return new AuthorizationEntity[0];
  }
}
