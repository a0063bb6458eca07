package org.carepath.modelchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer of {@code POST /api/models/check}: what a deployment of the files would be refused for, and
 * what it would do to the cases running on the processes it changes (docs/modelling-guide.md).
 */
public record ModelChangeReport(boolean deployable, List<Problem> problems, List<String> needsAdministrator,
    List<ProcessChange> processes, List<String> decisions, List<String> forms) {

  /** One element of one file and the rule it breaks, as the deployment would refuse it. */
  public record Problem(String resource, String element, String rule) {}

  /** One process of the files: its steps against the deployed version, and the cases running on it. */
  public record ProcessChange(String key, String name, Integer deployedVersion, List<String> added, List<String> removed,
      List<String> changed, List<TimerRuleChange> timerRules, List<RunningVersion> running) {}

  /** A timer whose rule differs from the deployed version's. */
  public record TimerRuleChange(String step, String before, String after) {}

  /**
   * The cases running on one deployed version and whether each could move to the new one. For a process
   * manager, who reads no cases, every count below {@link #SMALLEST_SHOWN} is null and no case is named.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record RunningVersion(int version, Long instances, Long migratable, Long notMigratable, List<Blocked> blocked,
      List<String> blockedCases, List<OpenTasks> openTasks, List<WaitingTimers> timers) {

    RunningVersion forManager() {
      return new RunningVersion(version, shown(instances), shown(migratable), shown(notMigratable),
          blocked.stream().map(b -> new Blocked(b.step(), shown(b.instances()), b.reason())).toList(), List.of(),
          openTasks.stream().map(t -> new OpenTasks(t.step(), shown(t.open()), t.carriedOver())).toList(),
          timers.stream().map(t -> new WaitingTimers(t.step(), shown(t.waiting()), t.ruleChanged(), t.inNewVersion())).toList());
    }
  }

  /** A step where cases wait that has no place in the new version, and why. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Blocked(String step, Long instances, String reason) {}

  /** Open tasks of one step and whether they carry over to the new version. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record OpenTasks(String step, Long open, boolean carriedOver) {}

  /** Timers already set at one step: a migration keeps their due date unless their rule is re-applied. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record WaitingTimers(String step, Long waiting, boolean ruleChanged, boolean inNewVersion) {}

  /** The smallest count a process manager is shown (as in the reports: small numbers point at cases). */
  public static final int SMALLEST_SHOWN = 5;

  static Long shown(Long count) {
    return count == null || count < SMALLEST_SHOWN ? null : count;
  }

  /** The report as a process manager may read it: counts below five suppressed, no case named. */
  ModelChangeReport forManager() {
    return new ModelChangeReport(deployable, problems, needsAdministrator, processes.stream().map(p -> new ProcessChange(p.key(),
        p.name(), p.deployedVersion(), p.added(), p.removed(), p.changed(), p.timerRules(),
        p.running().stream().map(RunningVersion::forManager).toList())).toList(), decisions, forms);
  }
}
