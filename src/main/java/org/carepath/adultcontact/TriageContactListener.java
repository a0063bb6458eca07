package org.carepath.adultcontact;

import static org.carepath.adultcontact.AdultContactProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * Completes the triage by the care and support team: the decision {@code AdultTriage} recommends a
 * route from the worker's answers; the worker's outcome stands, with a reason when it differs; assess
 * and arrange names a lead worker of the team. The recommendation, its rule, the outcome and the
 * reason go on the case file (and the decision's inputs and outputs into the engine's history).
 */
@Component
class TriageContactListener implements TaskListener {

  static final List<String> OUTCOMES = List.of("SIMPLE_LOCAL_SOLUTION", "ASSESS_AND_ARRANGE", "COMPLEX_NEEDS");

  private final DecisionService decisions;
  private final EngineAsSystem engine;
  private final LeadWorkers leadWorkers;
  private final CareCaseRepository cases;
  private final CaseRecord record;
  private final CurrentStaff staff;

  TriageContactListener(DecisionService decisions, EngineAsSystem engine, LeadWorkers leadWorkers,
      CareCaseRepository cases, CaseRecord record, CurrentStaff staff) {
    this.decisions = decisions;
    this.engine = engine;
    this.leadWorkers = leadWorkers;
    this.cases = cases;
    this.record = record;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> answers = new HashMap<>();
    TRIAGE_INPUTS.forEach(input -> answers.put(input, task.getVariable(input)));
    DmnDecisionResultEntries recommended = engine.call(() ->
        decisions.evaluateDecisionByKey("AdultTriage").variables(answers).evaluate().getSingleResult());
    String route = recommended.getEntry("route");
    String rule = recommended.getEntry("rule");
    Object outcome = task.getVariable(TRIAGE_OUTCOME);
    if (outcome == null || !OUTCOMES.contains(outcome)) {
      throw new BadUserRequestException("triageOutcome: must be one of " + OUTCOMES);
    }
    String reason = text(task.getVariable(TRIAGE_REASON));
    if (!outcome.equals(route) && reason.isEmpty()) {
      throw new BadUserRequestException("triageReason: AdultTriage recommends " + route + " (" + rule
          + "); record why the team chooses " + outcome);
    }
    String reference = task.getExecution().getProcessBusinessKey();
    if ("ASSESS_AND_ARRANGE".equals(outcome)) {
      String group = StaffGroups.CARE_AND_SUPPORT_TEAM_PREFIX + task.getVariable(TEAM);
      leadWorkers.checkMember(task.getVariable(LEAD_WORKER), group);
      task.setVariable(LEAD_WORKER, ((String) task.getVariable(LEAD_WORKER)).strip());
    } else {
      task.removeVariable(LEAD_WORKER);
    }
    task.setVariable(TRIAGE_RECOMMENDATION, route);
    task.setVariable(TRIAGE_RULE, rule);
    task.removeVariable(TRIAGE_REASON);
    record.add(cases.getByReference(reference), CaseRecordEntry.Kind.DECISION, "Triage: " + outcome,
        "Recommended " + route + ": " + rule + (reason.isEmpty() ? "" : "\nReason for the outcome: " + reason),
        staff.userId());
    if ("ASSESS_AND_ARRANGE".equals(outcome)) {
      leadWorkers.name(reference, (String) task.getVariable(LEAD_WORKER), "Lead worker named at triage", staff.userId());
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }
}
