package org.carepath.modelchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carepath.deployment.ModelChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves the running cases of one version of a process to another with Camunda's migration API, in a
 * batch the job executor works through: every step maps to the step of the same id
 * ({@code mapEqualActivities}); a timer whose rule changed is set again by the new rule, every other
 * timer keeps its due date (a 12-week clock does not start again). Cases waiting at a step the other
 * version lacks stay where they are, as the dry run said. Runs as carepath itself, for a caller whose
 * right to change models was checked.
 */
@Service
class ModelMigration {

  private static final Logger LOG = LoggerFactory.getLogger(ModelMigration.class);

  /**
   * What one migration started: how many cases move (in batch {@code batchId}), and how many stay; or,
   * when only an administrator may move them ({@code refused}), none.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
  record Moved(String key, int fromVersion, int toVersion, Long moving, Long staying, String batchId, String refused) {

    /** As a process manager may read it: counts below five suppressed (the cases are not theirs to count). */
    Moved forManager() {
      return new Moved(key, fromVersion, toVersion, ModelChangeReport.shown(moving), ModelChangeReport.shown(staying), batchId,
          refused);
    }
  }

  private final RuntimeService runtime;
  private final ModelImpact impact;
  private final ModelChecks checks;

  ModelMigration(RuntimeService runtime, ModelImpact impact, ModelChecks checks) {
    this.runtime = runtime;
    this.impact = impact;
    this.checks = checks;
  }

  /**
   * What moving the cases from {@code source} to {@code target} changes that only an administrator may
   * change (who receives their tasks, how long their history is kept): moving cases to another version
   * is, for them, deploying it.
   */
  List<String> administratorOnly(ProcessDefinition source, ProcessDefinition target) {
    return checks.administratorOnly(impact.file(target), java.util.Map.of(source.getKey(), impact.file(source)));
  }

  Moved move(ProcessDefinition source, ProcessDefinition target, boolean administrator) throws Exception {
    if (!administrator) {
      List<String> changes = administratorOnly(source, target);
      if (!changes.isEmpty()) {
        long running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        return new Moved(source.getKey(), source.getVersion(), target.getVersion(), 0L, running, null,
            "only an administrator may move these cases: " + String.join("; ", changes));
      }
    }
    ProcessShape from = impact.shape(source);
    ProcessShape to = impact.shape(target);
    List<String> blockedSteps = impact.blockedSteps(source, from, to);
    Set<String> staying = new HashSet<>();
    if (!blockedSteps.isEmpty()) {
      runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
          .activityIdIn(blockedSteps.toArray(String[]::new)).list().forEach(instance -> staying.add(instance.getId()));
    }
    List<String> moving = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
        .map(ProcessInstance::getId).filter(id -> !staying.contains(id)).toList();
    if (moving.isEmpty()) {
      return new Moved(source.getKey(), source.getVersion(), target.getVersion(), 0L, (long) staying.size(), null, null);
    }
    String batch = runtime.newMigration(plan(source, target, from, to)).processInstanceIds(moving).executeAsync().getId();
    LOG.info("Moving {} cases of {} version {} to version {} (batch {}); {} stay", moving.size(), source.getKey(),
        source.getVersion(), target.getVersion(), batch, staying.size());
    return new Moved(source.getKey(), source.getVersion(), target.getVersion(), (long) moving.size(), (long) staying.size(),
        batch, null);
  }

  /** Camunda's plan by equal ids, with the event trigger updated only where the timer's rule changed. */
  private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, ProcessShape from, ProcessShape to) {
    MigrationPlan equal = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
    List<String> retimed = new ArrayList<>();
    for (MigrationInstruction instruction : equal.getInstructions()) {
      MigrationInstructionBuilder mapped = builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
      ProcessShape.Step before = from.steps().get(instruction.getSourceActivityId());
      ProcessShape.Step after = to.steps().get(instruction.getTargetActivityId());
      if (before != null && after != null && before.timer() != null && !Objects.equals(before.timer(), after.timer())) {
        mapped = mapped.updateEventTrigger();
        retimed.add(before.id());
      }
      builder = mapped;
    }
    if (!retimed.isEmpty()) {
      LOG.info("Timers set again by the new rule when {} moves to version {}: {}", source.getKey(), target.getVersion(), retimed);
    }
    return builder.build();
  }
}
