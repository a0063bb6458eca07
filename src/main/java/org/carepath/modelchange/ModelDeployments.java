package org.carepath.modelchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.carepath.deployment.DeploymentOnBehalf;
import org.carepath.deployment.ModelChecks;
import org.carepath.identity.CurrentStaff;
import org.carepath.system.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deploys a checked model change and, when asked, moves the running cases to the new version
 * ({@code POST /api/models/deploy}); moves cases between two versions of a process, the way back
 * included ({@code POST /api/models/{key}/migrate}). Both run as carepath, for a caller allowed to change
 * models whose change passed the check with the caller's rights (what only an administrator may deploy).
 */
@Service
class ModelDeployments {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployments.class);
  static final String DEPLOYMENT_NAME = "carepath model change";

  /** The check refused the change: nothing was deployed. */
  static class Refused extends RuntimeException {
    final transient ModelChangeReport report;

    Refused(ModelChangeReport report) {
      super("The change cannot be deployed");
      this.report = report;
    }
  }

  record Deployed(String deploymentId, List<String> versions, List<String> formsAddedFromDeployedVersion,
      List<ModelMigration.Moved> moved, List<String> wayBack) {}

  private final ModelChanges changes;
  private final ModelMigration migration;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final EngineAsSystem system;
  private final CurrentStaff staff;
  private final org.camunda.bpm.engine.IdentityService identity;

  ModelDeployments(ModelChanges changes, ModelMigration migration, RepositoryService repository, RuntimeService runtime,
      EngineAsSystem system, CurrentStaff staff, org.camunda.bpm.engine.IdentityService identity) {
    this.identity = identity;
    this.changes = changes;
    this.migration = migration;
    this.repository = repository;
    this.runtime = runtime;
    this.system = system;
    this.staff = staff;
  }

  Deployed deploy(List<ModelChanges.File> files, boolean moveRunningCases) throws Exception {
    ModelChangeReport report = changes.check(files);
    if (!report.deployable()) {
      throw new Refused(report);
    }
    DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source("POST /api/models/deploy by "
        + staff.userId()).enableDuplicateFiltering(false);
    files.forEach(file -> builder.addInputStream(file.name(), new java.io.ByteArrayInputStream(file.content())));
    List<String> formsAdded = system.call(() -> addMissingForms(files, builder));
    // as carepath, for the caller: process managers hold no grant to deploy to the engine themselves;
    // the deployment's own checks apply the caller's limits again, in the deployment's transaction
    var caller = identity.getCurrentAuthentication();
    boolean administrator = staff.isAdministrator();
    org.camunda.bpm.engine.repository.DeploymentWithDefinitions deployment;
    try {
      deployment = system.call(() -> DeploymentOnBehalf.of(caller, builder::deployWithResult));
    } catch (org.camunda.bpm.engine.AuthorizationException changedMeanwhile) {
      // an administrator deployed a version since the check: the change is checked against it, and refused
      throw new Refused(new ModelChangeReport(false, List.of(), List.of(changedMeanwhile.getMessage()), List.of(), List.of(),
          List.of()));
    }
    List<String> versions = new ArrayList<>();
    List<ModelMigration.Moved> moved = new ArrayList<>();
    List<String> wayBack = new ArrayList<>();
    for (ProcessDefinition target : deployment.getDeployedProcessDefinitions()) {
      versions.add(target.getKey() + " version " + target.getVersion());
      List<ProcessDefinition> older = repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
          .withoutTenantId().orderByProcessDefinitionVersion().asc().list().stream()
          .filter(version -> version.getVersion() < target.getVersion()).toList();
      if (!older.isEmpty()) {
        wayBack.add("POST /api/models/" + target.getKey() + "/migrate?from=" + target.getVersion() + "&to="
            + older.get(older.size() - 1).getVersion() + " moves the cases back; deploy the earlier files again to start new cases on them");
      }
      if (moveRunningCases) {
        for (ProcessDefinition source : older) {
          if (system.call(() -> runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count()) > 0) {
            ModelMigration.Moved one = system.call(() -> unchecked(() -> migration.move(source, target, administrator)));
            moved.add(administrator ? one : one.forManager());
          }
        }
      }
    }
    LOG.info("{} deployed {} ({}), moving cases: {}", staff.userId(), versions, deployment.getId(), moved);
    return new Deployed(deployment.getId(), versions, formsAdded, moved, wayBack);
  }

  /** Moves the cases of one version to another of the same process: forward, or the way back. */
  ModelMigration.Moved migrate(String key, int from, int to) throws Exception {
    ProcessDefinition source = version(key, from);
    ProcessDefinition target = version(key, to);
    boolean administrator = staff.isAdministrator();
    ModelMigration.Moved moved = system.call(() -> unchecked(() -> migration.move(source, target, administrator)));
    if (moved.refused() != null) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN, moved.refused());
    }
    return administrator ? moved : moved.forManager();
  }

  private ProcessDefinition version(String key, int version) {
    ProcessDefinition definition = system.call(() -> repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).withoutTenantId().singleResult());
    if (definition == null) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
          "No version " + version + " of process " + key);
    }
    return definition;
  }

  /**
   * A task shows the form deployed with its process: forms the sent processes show but the files lack
   * are taken from the deployed version of that process, so no task of the new version is left without its form.
   */
  private List<String> addMissingForms(List<ModelChanges.File> files, DeploymentBuilder builder) {
    Set<String> sent = new HashSet<>();
    Set<String> sentNames = new HashSet<>();
    files.forEach(file -> sentNames.add(file.name()));
    Map<String, Set<String>> shownBy = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (ModelChanges.File file : files) {
      if (file.name().endsWith(".form")) {
        sent.add(unchecked(() -> json.readTree(file.content()).path("id").asText()));
      } else if (ModelChecks.isBpmn(file.name())) {
        Set<String> refs = ProcessShape.formRefs(file.content());
        unchecked(() -> ProcessShape.of(file.content())).keySet().forEach(key -> shownBy.put(key, refs));
      }
    }
    List<String> added = new ArrayList<>();
    shownBy.forEach((key, refs) -> {
      ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .withoutTenantId().singleResult();
      if (deployed == null) {
        return;
      }
      for (Resource resource : repository.getDeploymentResources(deployed.getDeploymentId())) {
        // a file of the name sent stays as sent: never replaced by the deployed one
        if (resource.getName().endsWith(".form") && !added.contains(resource.getName()) && !sentNames.contains(resource.getName())) {
          byte[] content = unchecked(() -> repository.getResourceAsStream(deployed.getDeploymentId(), resource.getName()).readAllBytes());
          String id = unchecked(() -> json.readTree(content).path("id").asText());
          if (refs.contains(id) && !sent.contains(id)) {
            builder.addInputStream(resource.getName(), new java.io.ByteArrayInputStream(content));
            sent.add(id);
            added.add(resource.getName());
          }
        }
      }
    });
    return added;
  }

  interface Work<T> {
    T run() throws Exception;
  }

  private static <T> T unchecked(Work<T> work) {
    try {
      return work.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
