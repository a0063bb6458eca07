package org.carepath.carecoordination;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseHandoffs;
import org.springframework.stereotype.Component;

/**
 * {@code Activity_HandOverCase}: after the mandatory handover meeting the plan names the new case
 * manager (a new agreed version, circulated next) and every open task of the case that the old case
 * manager held moves to the new one. On an adult's case the new case manager is the new lead worker,
 * recorded and counted as a handoff. Later tasks follow the plan by themselves ({@code carePlanRoles}).
 */
@Component("handOverDelegate")
class HandOverDelegate implements JavaDelegate {

  private final CarePlans plans;
  private final CareCaseRepository cases;
  private final CaseHandoffs handoffs;

  HandOverDelegate(CarePlans plans, CareCaseRepository cases, CaseHandoffs handoffs) {
    this.plans = plans;
    this.cases = cases;
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    String newCaseManager = (String) execution.getVariable(CareCoordinationProcess.NEW_CASE_MANAGER);
    var careCase = cases.getByReference(reference);
    String team = careCase.team();
    // the event API checks this; a form or a task completion that sets the variable must not get round it
    if (newCaseManager == null || execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .userId(newCaseManager).memberOfGroup(team).count() == 0) {
      throw new BadUserRequestException("newCaseManager: " + newCaseManager + " is not a member of " + team);
    }
    String previous = plans.latestAgreed(reference).map(AgreedPlan::caseManager).orElse(null);
    Object by = execution.getVariable(CareCoordinationProcess.EVENT_BY);
    plans.changeCaseManager(reference, newCaseManager, by == null ? "carepath" : by.toString());
    if (careCase.isAdult()) { // the adult's lead worker is the plan's case manager: a counted handoff
      handoffs.toLeadWorker(reference, newCaseManager, "Change of lead worker after a handover meeting",
          by == null ? "carepath" : by.toString());
    }
    if (previous != null && !previous.equals(newCaseManager)) {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      tasks.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee(previous).list()
          .forEach(task -> tasks.setAssignee(task.getId(), newCaseManager));
    }
  }
}
