package org.carepath.modelchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.carepath.modelchange.ModelChangeReport.Blocked;
import org.carepath.modelchange.ModelChangeReport.OpenTasks;
import org.carepath.modelchange.ModelChangeReport.ProcessChange;
import org.carepath.modelchange.ModelChangeReport.RunningVersion;
import org.carepath.modelchange.ModelChangeReport.TimerRuleChange;
import org.carepath.modelchange.ModelChangeReport.WaitingTimers;
import org.springframework.stereotype.Service;

/**
 * What a new version of a process does to the cases running on it, computed without deploying
 * anything: its steps against the deployed version, and for each deployed version with running cases,
 * where those cases wait, which could move to the new version by Camunda's migration by equal ids and
 * which could not (with the reason), their open tasks and their timers. Reads the engine as carepath
 * itself (the caller is a process manager, who reads no cases): it answers counts, steps and case
 * references, never a name.
 */
@Service
class ModelImpact {

  /** At most this many references of cases that could not move are listed, per version. */
  static final int MOST_CASES_LISTED = 100;
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;

  ModelImpact(RepositoryService repository, RuntimeService runtime, ManagementService management) {
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
  }

  /** The BPMN file of the latest deployed version of each key that has one. */
  Map<String, byte[]> deployedFiles(Iterable<String> keys) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String key : keys) {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .withoutTenantId().singleResult();
      if (latest != null) {
        files.put(key, file(latest));
      }
    }
    return files;
  }

  ProcessChange change(ProcessShape next) throws Exception {
    List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(next.key())
        .withoutTenantId().orderByProcessDefinitionVersion().asc().list();
    if (versions.isEmpty()) {
      return new ProcessChange(next.key(), next.name(), null, labels(next, next.steps().keySet()), List.of(), List.of(),
          List.of(), List.of());
    }
    ProcessShape deployed = shape(versions.get(versions.size() - 1));
    List<String> added = labels(next, next.steps().keySet().stream().filter(id -> !deployed.steps().containsKey(id)).toList());
    List<String> removed = labels(deployed, deployed.steps().keySet().stream().filter(id -> !next.steps().containsKey(id)).toList());
    List<String> changed = new ArrayList<>();
    List<TimerRuleChange> timerRules = new ArrayList<>();
    deployed.steps().values().stream().filter(step -> next.steps().containsKey(step.id())).forEach(step -> {
      ProcessShape.Step now = next.steps().get(step.id());
      if (!step.kind().equals(now.kind()) || !step.scope().equals(now.scope())) {
        changed.add(EqualIdMapping.whyNot(deployed, next, step.id()));
      }
      if (step.timer() != null && now.timer() != null && !step.timer().equals(now.timer())) {
        timerRules.add(new TimerRuleChange(step.label(), step.timer(), now.timer()));
      }
    });
    List<RunningVersion> running = new ArrayList<>();
    for (ProcessDefinition version : versions) {
      long instances = runtime.createProcessInstanceQuery().processDefinitionId(version.getId()).count();
      if (instances > 0) {
        running.add(running(version, instances, version == versions.get(versions.size() - 1) ? deployed : shape(version), next));
      }
    }
    return new ProcessChange(next.key(), next.name(), versions.get(versions.size() - 1).getVersion(), added, removed,
        changed, timerRules, running);
  }

  private RunningVersion running(ProcessDefinition version, long instances, ProcessShape from, ProcessShape to) {
    Map<String, Long> waiting = new LinkedHashMap<>();
    for (ActivityStatistics statistics : management.createActivityStatisticsQuery(version.getId()).list()) {
      if (!statistics.getId().endsWith(MULTI_INSTANCE_BODY)) {
        waiting.merge(statistics.getId(), (long) statistics.getInstances(), Long::sum);
      }
    }
    List<Blocked> blocked = new ArrayList<>();
    List<String> blockedIds = new ArrayList<>();
    List<OpenTasks> openTasks = new ArrayList<>();
    waiting.forEach((id, count) -> {
      String reason = EqualIdMapping.whyNot(from, to, id);
      ProcessShape.Step step = from.steps().get(id);
      String label = step == null ? id : step.label();
      if (reason != null) {
        blocked.add(new Blocked(label, count, reason));
        blockedIds.add(id);
      }
      if (step != null && step.kind().startsWith("userTask")) {
        openTasks.add(new OpenTasks(label, count, reason == null));
      }
    });
    long notMigratable = 0;
    List<String> cases = List.of();
    if (!blockedIds.isEmpty()) {
      var query = runtime.createProcessInstanceQuery().processDefinitionId(version.getId()).activityIdIn(blockedIds.toArray(String[]::new));
      notMigratable = query.count();
      cases = query.orderByBusinessKey().asc().listPage(0, MOST_CASES_LISTED).stream()
          .map(instance -> instance.getBusinessKey()).filter(Objects::nonNull).toList();
    }
    return new RunningVersion(version.getVersion(), instances, instances - notMigratable, notMigratable, blocked, cases,
        openTasks, timers(version, from, to));
  }

  /** The steps of {@code from} where cases wait now that have no place in {@code to}. */
  List<String> blockedSteps(ProcessDefinition version, ProcessShape from, ProcessShape to) {
    List<String> blocked = new ArrayList<>();
    for (ActivityStatistics statistics : management.createActivityStatisticsQuery(version.getId()).list()) {
      String id = statistics.getId();
      if (!id.endsWith(MULTI_INSTANCE_BODY) && EqualIdMapping.whyNot(from, to, id) != null) {
        blocked.add(id);
      }
    }
    return blocked;
  }

  private List<WaitingTimers> timers(ProcessDefinition version, ProcessShape from, ProcessShape to) {
    List<WaitingTimers> timers = new ArrayList<>();
    for (JobDefinition definition : management.createJobDefinitionQuery().processDefinitionId(version.getId()).list()) {
      if (definition.getJobType() == null || !definition.getJobType().startsWith("timer")) {
        continue;
      }
      long count = management.createJobQuery().jobDefinitionId(definition.getId()).count();
      if (count > 0) {
        ProcessShape.Step before = from.steps().get(definition.getActivityId());
        ProcessShape.Step after = to.steps().get(definition.getActivityId());
        timers.add(new WaitingTimers(before == null ? definition.getActivityId() : before.label(), count,
            before != null && after != null && !Objects.equals(before.timer(), after.timer()), after != null));
      }
    }
    return timers;
  }

  ProcessShape shape(ProcessDefinition definition) throws Exception {
    ProcessShape shape = ProcessShape.of(file(definition)).get(definition.getKey());
    if (shape == null) {
      throw new IllegalStateException("the deployed file of " + definition.getId() + " holds no process " + definition.getKey());
    }
    return shape;
  }

  byte[] file(ProcessDefinition definition) {
    try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> labels(ProcessShape shape, java.util.Collection<String> ids) {
    return ids.stream().map(id -> shape.steps().get(id).label()).toList();
  }
}
