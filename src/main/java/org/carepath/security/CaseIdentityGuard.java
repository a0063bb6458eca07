package org.carepath.security;

import java.util.Objects;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.carepath.adultcontact.AdultContactProcess;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.system.EveryUserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task's submitted variables may not change which case, sector, team or worker the process works
 * for: completing one's own task through the REST API could otherwise set {@code caseReference},
 * {@code sector} or {@code sectorTeam} to another sector's case or team, or hand later tasks to a
 * worker of another sector. On every task completion these variables must still agree with the case
 * of the process's business key; only the team decision sets the allocated worker (and checks it).
 */
@Component
public class CaseIdentityGuard extends AbstractProcessEnginePlugin {

  static final String DECISION_TASK = "Activity_IscanDecision";
  static final java.util.Set<String> TEAM_TASKS = java.util.Set.of(AdultContactProcess.ALLOCATE_TEAM);
  static final java.util.Set<String> LEAD_WORKER_TASKS =
      java.util.Set.of(AdultContactProcess.TRIAGE_CONTACT, AdultContactProcess.ACCEPT_TRANSFER);

  private final ObjectProvider<CareCaseRepository> cases;

  CaseIdentityGuard(ObjectProvider<CareCaseRepository> cases) {
    this.cases = cases;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, this::check);
  }

  void check(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    CareCase careCase = reference == null ? null : cases.getObject().findByReference(reference).orElse(null);
    if (careCase == null) {
      return;
    }
    same(task, "caseReference", careCase.getReference());
    if (careCase.isAdult()) {
      // the team and the lead worker change only on the steps that decide them, which check them
      if (!TEAM_TASKS.contains(task.getTaskDefinitionKey())) {
        same(task, "team", careCase.getSupportTeam());
      }
      if (!LEAD_WORKER_TASKS.contains(task.getTaskDefinitionKey()) && careCase.getAllocatedWorker() != null) {
        same(task, "leadWorker", careCase.getAllocatedWorker());
      }
      return;
    }
    same(task, "sector", careCase.getSector().name());
    same(task, "sectorTeam", careCase.getSector().team());
    if (!DECISION_TASK.equals(task.getTaskDefinitionKey()) && careCase.getAllocatedWorker() != null) {
      same(task, "allocatedWorker", careCase.getAllocatedWorker());
    }
  }

  /** A variable that is there must agree with the case; one set to null counts as a change too. */
  private static void same(DelegateTask task, String name, String expected) {
    if (!task.hasVariable(name)) {
      return;
    }
    Object value = task.getVariable(name);
    if (!Objects.equals(value, expected)) {
      throw new BadUserRequestException(name + ": may not be changed when completing a task");
    }
  }
}
