package org.carepath.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.carepath.identity.StaffGroups;

/**
 * Runs before the engine's own deployers on every new deployment, in the deployment's transaction:
 * a refusal deploys nothing. First {@link ModelSafetyCheck} (for everyone, carepath's own start-up
 * deployment included); then, for a deployment by anyone but an administrator, who receives tasks:
 * each user task keeps the recipients of the same task in the version deployed before, a new task
 * uses recipients that version already uses, and a new process with user tasks needs an
 * administrator. A process manager changes the flow, not who sees the cases.
 */
class SafeDeployer implements Deployer {

  private final ModelSafetyCheck check;

  SafeDeployer(ModelSafetyCheck check) {
    this.check = check;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<ModelSafetyCheck.Violation> violations = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      violations.addAll(check.check(resource.getName(), resource.getBytes()));
    }
    if (!violations.isEmpty()) {
      throw new UnsafeModelException(violations);
    }
    CommandContext context = Context.getCommandContext();
    Authentication user = context.getAuthentication();
    if (user != null && (user.getGroupIds() == null || !user.getGroupIds().contains(StaffGroups.CAMUNDA_ADMIN))) {
      List<String> changes = new ArrayList<>();
      if (deployment.getTenantId() != null) {
        // a second ReferralPathway under a tenant stops every referral ("exists for multiple tenants")
        changes.add("deployment for tenant '" + deployment.getTenantId() + "': carepath deploys without tenants");
      }
      for (ResourceEntity resource : deployment.getResources().values()) {
        if (resource.getName().toLowerCase().matches(".*\\.bpmn(20\\.xml)?")) {
          recipientChanges(context, TaskRecipients.of(resource.getBytes()), changes);
          retentionChanges(context, resource.getBytes(), changes);
          routingChanges(context, resource.getBytes(), changes);
        }
      }
      if (!changes.isEmpty()) {
        throw new AuthorizationException("Only an administrator may change who receives tasks, nothing was deployed: "
            + String.join("; ", changes));
      }
    }
  }

  private static void recipientChanges(CommandContext context, Map<String, Map<String, String>> processes, List<String> changes) {
    processes.forEach((key, tasks) -> {
      Map<String, String> before = deployedBefore(context, key);
      if (before == null) {
        if (!tasks.isEmpty()) {
          changes.add("process '" + key + "' is new and has user tasks " + tasks.keySet());
        }
        return;
      }
      Set<String> known = new HashSet<>(before.values());
      tasks.forEach((task, recipients) -> {
        String earlier = before.get(task);
        if (earlier != null && !earlier.equals(recipients)) {
          changes.add("element '" + task + "' of '" + key + "' changes from " + earlier + " to " + recipients);
        } else if (earlier == null && !known.contains(recipients)) {
          changes.add("element '" + task + "' of '" + key + "' is new with " + recipients + ", which no task of the deployed version has");
        }
      });
    });
  }

  /**
   * New places that set a variable a recipient expression reads: {@code ${sectorTeam}} stays the same
   * text, but an input mapping {@code sectorTeam = iscan-north} would send the task elsewhere.
   */
  private static void routingChanges(CommandContext context, byte[] bpmn, List<String> changes) {
    Map<String, Map<String, String>> processes = TaskRecipients.of(bpmn);
    Set<String> before = new HashSet<>();
    Set<String> routing = new HashSet<>(TaskRecipients.routingVariables(processes));
    for (String key : processes.keySet()) {
      byte[] earlier = deployedResource(context, key);
      if (earlier != null) {
        routing.addAll(TaskRecipients.routingVariables(TaskRecipients.of(earlier)));
      }
    }
    for (String key : processes.keySet()) {
      byte[] earlier = deployedResource(context, key);
      if (earlier != null) {
        before.addAll(TaskRecipients.routingWrites(earlier, routing));
      }
    }
    for (String write : TaskRecipients.routingWrites(bpmn, routing)) {
      if (!before.contains(write)) {
        changes.add("'" + write + "' sets a variable that decides who receives tasks");
      }
    }
  }

  /** A shorter history time to live would erase the history of every case on the new version sooner. */
  private static void retentionChanges(CommandContext context, byte[] bpmn, List<String> changes) {
    TaskRecipients.timesToLive(bpmn).forEach((key, ttl) -> {
      byte[] earlier = deployedResource(context, key);
      String before = earlier == null ? null : TaskRecipients.timesToLive(earlier).get(key);
      if (before != null && days(ttl) < days(before)) {
        changes.add("process '" + key + "' keeps its history " + ttl + " instead of " + before);
      }
    });
  }

  private static long days(String timeToLive) {
    String value = timeToLive == null ? "" : timeToLive.strip();
    if (value.matches("\\d+")) {
      return Long.parseLong(value);
    }
    try {
      java.time.Period period = java.time.Period.parse(value);
      return period.toTotalMonths() * 31 + period.getDays();
    } catch (java.time.format.DateTimeParseException e) {
      return -1;
    }
  }

  /** The BPMN file of the latest deployed version of {@code key}, or null. */
  private static byte[] deployedResource(CommandContext context, String key) {
    ProcessDefinitionEntity latest = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key);
    if (latest == null) {
      return null;
    }
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName());
    return resource == null ? null : resource.getBytes();
  }

  /** The user tasks of the latest deployed version of {@code key}, or null when it was never deployed. */
  private static Map<String, String> deployedBefore(CommandContext context, String key) {
    byte[] earlier = deployedResource(context, key);
    return earlier == null ? null : TaskRecipients.of(earlier).getOrDefault(key, Map.of());
  }
}
