package org.carepath.deployment;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.carepath.system.EngineInternals;

/**
 * A deployment is never deleted together with the cases that run on it. Camunda's cascade deletes
 * every running and finished instance of the deployment's processes, of every sector, while the
 * cases in carepath's tables still read OPEN: the case work is gone without a closing letter, an
 * outcome or an audit line. So a cascading deletion of a deployment that has instances (running or
 * in history) is refused for everyone; cases end through their pathways, and history through its
 * retention. A deployment without instances may still be deleted (by an administrator). Whether the
 * caller may delete at all is asked first, so a process manager hears 403, not the count.
 */
class CascadeDeletionGuard extends CommandInterceptor {

  private static final Field DEPLOYMENT =
      EngineInternals.field(DeleteDeploymentCmd.class, "deploymentId", "CascadeDeletionGuard");
  private static final Field CASCADE = EngineInternals.field(DeleteDeploymentCmd.class, "cascade", "CascadeDeletionGuard");

  private final ProcessEngineConfigurationImpl configuration;

  CascadeDeletionGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null && command instanceof DeleteDeploymentCmd
        && (boolean) EngineInternals.read(CASCADE, command)) {
      String deploymentId = (String) EngineInternals.read(DEPLOYMENT, command);
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && !configuration.getAuthorizationService()
          .isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.DELETE, Resources.DEPLOYMENT, deploymentId)) {
        throw new AuthorizationException(user.getUserId(), Permissions.DELETE.getName(), Resources.DEPLOYMENT.resourceName(), deploymentId);
      }
      long instances = configuration.getCommandExecutorTxRequired().execute(context ->
          context.runWithoutAuthorization(() -> countInstances(deploymentId)));
      if (instances > 0) {
        throw new BadUserRequestException("Deployment " + deploymentId + " has process instances of cases ("
            + instances + ", running or finished): it is not deleted with them. Cases end through their pathway "
            + "(closing letter, outcome, audit); deploy a new version instead of deleting this one");
      }
    }
    return next.execute(command);
  }

  private long countInstances(String deploymentId) {
    long running = configuration.getRuntimeService().createProcessInstanceQuery().deploymentId(deploymentId).count();
    long count = 0; // history holds running and finished instances alike
    for (ProcessDefinition definition : configuration.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(deploymentId).list()) {
      count += configuration.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionId(definition.getId()).count();
    }
    return Math.max(running, count);
  }


}
