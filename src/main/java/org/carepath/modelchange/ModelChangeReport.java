package org.carepath.modelchange;

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

  /** The cases running on one deployed version and whether each could move to the new one. */
  public record RunningVersion(int version, long instances, long migratable, long notMigratable, List<Blocked> blocked,
      List<String> blockedCases, List<OpenTasks> openTasks, List<WaitingTimers> timers) {}

  /** A step where cases wait that has no place in the new version, and why. */
  public record Blocked(String step, long instances, String reason) {}

  /** Open tasks of one step and whether they carry over to the new version. */
  public record OpenTasks(String step, long open, boolean carriedOver) {}

  /** Timers already set at one step: a migration keeps their due date unless their rule is re-applied. */
  public record WaitingTimers(String step, long waiting, boolean ruleChanged, boolean inNewVersion) {}
}
