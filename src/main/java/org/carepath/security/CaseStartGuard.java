package org.carepath.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.carepath.system.EngineInternals;
import org.carepath.casefile.Sector;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;

/**
 * Keeps a staff member from starting a process on a case of another sector or team. The right to start
 * {@code ReferralPathway} (sector teams refer children) lets the starter choose the business key, the
 * variables and the first activities; carepath's steps then load the case the business key or
 * {@code caseReference} names (the plan-meeting form shows its care plan) and write to its file. So a
 * start by a staff member through the engine's APIs (REST, Tasklist) may name only a case of the
 * member's own sector teams, and starts at the start event: never at chosen activities. Message
 * correlations are checked the same way. carepath's own code starts and correlates after its own access
 * check, without the caller's authentication ({@code EngineAsSystem}); administrators are not limited.
 * A start or a correlation may not set {@code sectorTeam} or {@code sector} to another sector's (that
 * put a task of one's own case into the North queue), and a message must name its case.
 * Only outermost commands are checked: steps inside a running command belong to the process.
 */
class CaseStartGuard extends CommandInterceptor {

  static final String CASE_REFERENCE = "caseReference";
  private static final String GUARD = "CaseStartGuard";
  static final String SECTOR = "sector";
  static final String SECTOR_TEAM = "sectorTeam";

  private static final Field STARTED_BY = EngineInternals.field(StartProcessInstanceCmd.class, "instantiationBuilder", GUARD);
  private static final Field FORM_BUSINESS_KEY = EngineInternals.field(SubmitStartFormCmd.class, "businessKey", GUARD);
  private static final Field FORM_VARIABLES = EngineInternals.field(SubmitStartFormCmd.class, "variables", GUARD);
  private static final Field CORRELATED_BY = EngineInternals.field(AbstractCorrelateMessageCmd.class, "builder", GUARD);

  private final ProcessEngineConfigurationImpl configuration;
  private final Function<String, Optional<String>> teamOfCase;

  CaseStartGuard(ProcessEngineConfigurationImpl configuration, Function<String, Optional<String>> teamOfCase) {
    this.configuration = configuration;
    this.teamOfCase = teamOfCase;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && !CurrentStaff.isAdministrator(user)) {
        check(command, user);
      }
    }
    return next.execute(command);
  }

  private void check(Command<?> command, Authentication user) {
    if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      throw refused(user, "a process starts at its start event, not at chosen activities");
    }
    List<String> cases = namedCases(command);
    for (String reference : cases) {
      Optional<String> team = teamOfCase.apply(reference);
      if (team.isEmpty() || !groups(user).contains(team.get())) {
        throw refused(user, "'" + reference + "' is not a case of your sector or team");
      }
    }
    if (command instanceof AbstractCorrelateMessageCmd && cases.isEmpty()) {
      throw refused(user, "a message names its case (business key or caseReference)");
    }
    for (Map<?, ?> variables : namedVariables(command)) {
      Object team = variables.get(SECTOR_TEAM);
      if (team != null && !groups(user).contains(String.valueOf(team))) {
        throw refused(user, "sectorTeam '" + team + "' is not your team");
      }
      Object sector = variables.get(SECTOR);
      if (sector != null && !groups(user).contains(StaffGroups.REFERRAL_INTAKE)
          && Sector.parse(String.valueOf(sector)).map(s -> !groups(user).contains(s.team())).orElse(true)) {
        throw refused(user, "sector: you may not submit referrals for sector " + sector);
      }
    }    if ((command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd) && !cases.isEmpty()) {
      // a case's processes are started by carepath (its API, a step of its own): a second pathway
      // started by hand on a case, or one on a closed case, would run beside the first
      throw refused(user, "'" + cases.get(0) + "' has its processes already; carepath starts a case's processes");
    }
  }

  /** The variables a start or a correlation sets: they may not route work to another sector's team. */
  private static List<Map<?, ?>> namedVariables(Command<?> command) {
    List<Map<?, ?>> named = new ArrayList<>();
    if (command instanceof StartProcessInstanceCmd) {
      addIfPresent(named, ((ProcessInstantiationBuilderImpl) EngineInternals.read(STARTED_BY, command)).getVariables());
    } else if (command instanceof SubmitStartFormCmd) {
      addIfPresent(named, (Map<?, ?>) EngineInternals.read(FORM_VARIABLES, command));
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      var builder = (MessageCorrelationBuilderImpl) EngineInternals.read(CORRELATED_BY, command);
      addIfPresent(named, builder.getCorrelationProcessInstanceVariables());
      addIfPresent(named, builder.getPayloadProcessInstanceVariables());
      addIfPresent(named, builder.getPayloadProcessInstanceVariablesLocal());
      addIfPresent(named, builder.getPayloadProcessInstanceVariablesToTriggeredScope());
    }
    return named;
  }

  private static void addIfPresent(List<Map<?, ?>> named, Map<?, ?> variables) {
    if (variables != null) {
      named.add(variables);
    }
  }

  /** The business key and the {@code caseReference} variable a start or a correlation names. */
  private static List<String> namedCases(Command<?> command) {
    List<String> named = new ArrayList<>();
    if (command instanceof StartProcessInstanceCmd) {
      var builder = (ProcessInstantiationBuilderImpl) EngineInternals.read(STARTED_BY, command);
      add(named, builder.getBusinessKey());
      add(named, builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd) {
      add(named, (String) EngineInternals.read(FORM_BUSINESS_KEY, command));
      add(named, (Map<?, ?>) EngineInternals.read(FORM_VARIABLES, command));
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      var builder = (MessageCorrelationBuilderImpl) EngineInternals.read(CORRELATED_BY, command);
      add(named, builder.getBusinessKey());
      add(named, builder.getCorrelationProcessInstanceVariables());
      add(named, builder.getPayloadProcessInstanceVariables());
      add(named, builder.getPayloadProcessInstanceVariablesLocal());
      add(named, builder.getPayloadProcessInstanceVariablesToTriggeredScope());
    }
    return named;
  }

  private static void add(List<String> named, String reference) {
    if (reference != null && !reference.isBlank()) {
      named.add(reference);
    }
  }

  private static void add(List<String> named, Map<?, ?> variables) {
    if (variables != null && variables.get(CASE_REFERENCE) != null) {
      named.add(String.valueOf(variables.get(CASE_REFERENCE)));
    }
  }

  private static List<String> groups(Authentication user) {
    return CurrentStaff.groupsOf(user);
  }

  private static AuthorizationException refused(Authentication user, String why) {
    return new AuthorizationException("User '" + user.getUserId() + "' may not start this: " + why);
  }


}
