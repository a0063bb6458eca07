package org.carepath.adultcontact;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CaseHandoffs;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.TeamGroups;
import org.springframework.stereotype.Component;

/**
 * Hands the case to the team named by the step's input {@code holder} (a group: {@code cst-alnwick},
 * {@code adult-safeguarding}, {@code complex-needs-team}) for the input {@code handoffReason}: from
 * then on that team reads and works the case, the team before it no longer does. Each handoff is
 * recorded and counted. Repeating it (a retried step) changes nothing.
 */
@Component
class HandCaseOverDelegate implements JavaDelegate {

  private final CaseHandoffs handoffs;
  private final TeamGroups groups;
  private final CurrentStaff staff;

  HandCaseOverDelegate(CaseHandoffs handoffs, TeamGroups groups, CurrentStaff staff) {
    this.handoffs = handoffs;
    this.groups = groups;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String holder = (String) execution.getVariableLocal("holder");
    String reason = (String) execution.getVariableLocal("handoffReason");
    if (holder == null || holder.isBlank() || !groups.exists(holder.strip())) {
      // never a case that nobody holds: the step fails (an incident), the case stays with its team
      throw new IllegalStateException("Step " + execution.getCurrentActivityId() + " names no team to hand the case to ('"
          + holder + "' is no group)");
    }
    handoffs.toTeam(execution.getProcessBusinessKey(), holder, reason == null ? "Handed over" : reason, staff.userId());
  }
}
