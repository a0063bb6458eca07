package org.carepath.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.carepath.identity.CurrentStaff;
import org.carepath.system.EngineInternals;

/**
 * Variables that carepath writes from its own records and that staff only read: the names and details
 * a form shows (a worker of the contact centre could otherwise put a link into the next team's form),
 * the flags a gateway reads ({@code safeguardingEnquiry}: an alleged crime always goes to an enquiry),
 * a decision's recommendation and the steps' inputs. Completing a task, submitting its form, or
 * setting, changing or removing variables through the engine's API may not touch them, for anyone but
 * an administrator. The team and the workers of a case are guarded against the case itself ({@link
 * CaseIdentityGuard}); carepath's own steps, which run inside a command, are not affected.
 */
class ProtectedVariables extends CommandInterceptor {

  static final Set<String> NAMES = Set.of(
      // both pathways
      "caseReference", "holder", "handoffReason", "template", "outcome",
      // children (ReferralPathwayProcess, CareCoordination display values)
      "childName", "childAge", "needsSummary", "referralReason", "parentName", "parentPhone", "bringBack",
      "recommendation", "recommendationRule", "firstFiveCase", "workerChoices", "caseManagerChoices",
      // adults (AdultContactProcess)
      "personName", "personAge", "personPhone", "gpPractice", "channel", "contactReason", "carerSummary",
      "safeguardingConcern", "safeguardingEnquiry", "triageRecommendation", "triageRule", "teamChoices", "letterToPost",
      "letterText", "eligibility", "eligibilityRule", "indicativeWeeklyAmount", "budgetBand", "jurisdiction",
      "supportPlanSummary", "selfAssessmentSummary", "appointmentAt", "appointmentWhen",
      // the directory's own process (KeepDirectory): what is changed is chosen at its start
      "directoryChange", "serviceId",
      // the care plan forms' bookkeeping (CarePlanFormListener)
      "planFormSnapshot", "planConsentShown", "planTooLargeForForm");
  /** The signposting form's suggestions: {@code suggestion1}, {@code suggestion1Id}, ... */
  static final String SUGGESTION = "suggestion";

  private static final String GUARD = "ProtectedVariables";
  private static final Field COMPLETED_WITH = EngineInternals.field(CompleteTaskCmd.class, "variables", GUARD);
  private static final Field SUBMITTED_WITH = EngineInternals.field(SubmitTaskFormCmd.class, "properties", GUARD);
  private static final Field SET = EngineInternals.field(AbstractSetVariableCmd.class, "variables", GUARD);
  private static final Field PATCHED = EngineInternals.field(AbstractPatchVariablesCmd.class, "variables", GUARD);
  private static final Field PATCH_DELETED = EngineInternals.field(AbstractPatchVariablesCmd.class, "deletions", GUARD);
  private static final Field REMOVED = EngineInternals.field(AbstractRemoveVariableCmd.class, "variableNames", GUARD);

  private final ProcessEngineConfigurationImpl configuration;

  ProtectedVariables(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && !CurrentStaff.isAdministrator(user)) {
        Set<String> touched = new TreeSet<>();
        for (Object name : named(command)) {
          if (name instanceof String variable && isProtected(variable)) {
            touched.add(variable);
          }
        }
        if (!touched.isEmpty()) {
          throw new AuthorizationException(String.join(", ", touched)
              + ": carepath sets these from the case's records; they may not be set or changed through a task or the engine's API");
        }
      }
    }
    return next.execute(command);
  }

  static boolean isProtected(String name) {
    return NAMES.contains(name) || name.startsWith(SUGGESTION);
  }

  /** The names of the variables the command sets, changes or removes. */
  private static List<Object> named(Command<?> command) {
    List<Object> names = new ArrayList<>();
    if (command instanceof CompleteTaskCmd) {
      addKeys(names, (Map<?, ?>) EngineInternals.read(COMPLETED_WITH, command));
    } else if (command instanceof SubmitTaskFormCmd) {
      addKeys(names, (Map<?, ?>) EngineInternals.read(SUBMITTED_WITH, command));
    } else if (command instanceof AbstractSetVariableCmd) {
      addKeys(names, (Map<?, ?>) EngineInternals.read(SET, command));
    } else if (command instanceof AbstractPatchVariablesCmd) {
      addKeys(names, (Map<?, ?>) EngineInternals.read(PATCHED, command));
      addAll(names, (Collection<?>) EngineInternals.read(PATCH_DELETED, command));
    } else if (command instanceof AbstractRemoveVariableCmd) {
      addAll(names, (Collection<?>) EngineInternals.read(REMOVED, command));
    }
    return names;
  }

  private static void addKeys(List<Object> names, Map<?, ?> variables) {
    if (variables != null) {
      names.addAll(variables.keySet());
    }
  }

  private static void addAll(List<Object> names, Collection<?> more) {
    if (more != null) {
      names.addAll(more);
    }
  }
}
