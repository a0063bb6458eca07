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
import org.carepath.identity.CurrentStaff;

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
    Authentication user = context.getAuthentication() != null ? context.getAuthentication() : DeploymentOnBehalf.caller();
    if (user != null && !CurrentStaff.isAdministrator(user)) {
      List<String> changes = new ArrayList<>();
      if (deployment.getTenantId() != null) {
        // a second ReferralPathway under a tenant stops every referral ("exists for multiple tenants")
        changes.add("deployment for tenant '" + deployment.getTenantId() + "': carepath deploys without tenants");
      }
      for (ResourceEntity resource : deployment.getResources().values()) {
        if (isBpmn(resource.getName())) {
          byte[] bpmn = resource.getBytes();
          changes.addAll(administratorOnly(bpmn, deployedBefore(context, TaskRecipients.of(bpmn).keySet())));
        }
      }
      if (!changes.isEmpty()) {
        throw new AuthorizationException("Only an administrator may deploy a change to who receives tasks, how long history is kept or tenants; "
            + "nothing was deployed: "
            + String.join("; ", changes));
      }
    }
  }

  static boolean isBpmn(String resourceName) {
    return resourceName.toLowerCase().matches(".*\\.bpmn(20\\.xml)?");
  }

  /**
   * What in this BPMN file only an administrator may deploy, against the latest deployed version of
   * each of its processes ({@code earlier}, by process key): a change of who receives a task, of how
   * long history is kept, or of a variable that routes tasks.
   */
  static List<String> administratorOnly(byte[] bpmn, Map<String, byte[]> earlier) {
    List<String> changes = new ArrayList<>();
    Map<String, Map<String, String>> processes = TaskRecipients.of(bpmn);
    recipientChanges(processes, earlier, changes);
    retentionChanges(bpmn, earlier, changes);
    routingChanges(bpmn, processes, earlier, changes);
    return changes;
  }

  private static void recipientChanges(Map<String, Map<String, String>> processes, Map<String, byte[]> earlier,
      List<String> changes) {
    processes.forEach((key, tasks) -> {
      if (!earlier.containsKey(key)) {
        if (!tasks.isEmpty()) {
          changes.add("process '" + key + "' is new and has user tasks " + tasks.keySet());
        }
        return;
      }
      Map<String, String> before = TaskRecipients.of(earlier.get(key)).getOrDefault(key, Map.of());
      Set<String> known = new HashSet<>(before.values());
      tasks.forEach((task, recipients) -> {
        String was = before.get(task);
        if (was != null && !was.equals(recipients)) {
          changes.add("element '" + task + "' of '" + key + "' changes from " + was + " to " + recipients);
        } else if (was == null && !known.contains(recipients)) {
          changes.add("element '" + task + "' of '" + key + "' is new with " + recipients + ", which no task of the deployed version has");
        }
      });
    });
  }

  /**
   * New places that set a variable a recipient expression reads: {@code ${sectorTeam}} stays the same
   * text, but an input mapping {@code sectorTeam = iscan-north} would send the task elsewhere.
   */
  private static void routingChanges(byte[] bpmn, Map<String, Map<String, String>> processes,
      Map<String, byte[]> earlier, List<String> changes) {
    Set<String> routing = new HashSet<>(TaskRecipients.routingVariables(processes));
    earlier.values().forEach(previous -> routing.addAll(TaskRecipients.routingVariables(TaskRecipients.of(previous))));
    Set<String> before = new HashSet<>();
    earlier.values().forEach(previous -> before.addAll(TaskRecipients.routingWrites(previous, routing)));
    for (String write : TaskRecipients.routingWrites(bpmn, routing)) {
      if (!before.contains(write)) {
        changes.add("'" + write + "' sets a variable that decides who receives tasks");
      }
    }
  }

  /** A shorter history time to live would erase the history of every case on the new version sooner. */
  private static void retentionChanges(byte[] bpmn, Map<String, byte[]> earlier, List<String> changes) {
    TaskRecipients.timesToLive(bpmn).forEach((key, ttl) -> {
      String before = earlier.containsKey(key) ? TaskRecipients.timesToLive(earlier.get(key)).get(key) : null;
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

  /** The BPMN file of the latest deployed version of each key that has one, read once per deployment. */
  private static Map<String, byte[]> deployedBefore(CommandContext context, Set<String> keys) {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (String key : keys) {
      ProcessDefinitionEntity latest = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key);
      ResourceEntity resource = latest == null ? null : context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName());
      if (resource != null) {
        files.put(key, resource.getBytes());
      }
    }
    return files;
  }
}
