package org.carepath.decision;

import static org.carepath.referral.ReferralPathwayProcess.*;

import java.util.Arrays;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the team decision before the task completes: a known decision; a worker of the sector with
 * capacity when care co-ordination is allocated (nothing is ever queued); a reason when the team
 * differs from the recommendation; no IAP for a case brought back.
 */
@Component
class ValidateIscanDecisionListener implements TaskListener {

  private final Caseloads caseloads;

  ValidateIscanDecisionListener(Caseloads caseloads) {
    this.caseloads = caseloads;
  }

  @Override
  public void notify(DelegateTask task) {
    IscanDecision decision = decision(task.getVariable(DECISION));
    if (decision == IscanDecision.CARE_COORDINATION_WITH_IAP && Boolean.TRUE.equals(task.getVariable(BRING_BACK))) {
      refuse("decision: an IAP is only for new referrals, not for a case brought back");
    }
    String recommendation = (String) task.getVariable(RECOMMENDATION);
    boolean capacityOnly = decision == IscanDecision.NO_CAPACITY && recommendation != null && !"NOT_ELIGIBLE".equals(recommendation);
    if (!decision.name().equals(recommendation) && !capacityOnly && isBlank(task.getVariable(DECISION_REASON))) {
      refuse("decisionReason: record why the team differs from the recommendation ("
          + IscanDecision.labelOf(recommendation) + ")");
    }
    if (decision.allocates()) {
      checkAllocation((String) task.getVariable(ALLOCATED_WORKER), (String) task.getVariable(SECTOR_TEAM));
    }
  }

  private void checkAllocation(String worker, String team) {
    if (isBlank(worker)) {
      refuse("allocatedWorker: choose the care co-ordinator or family support worker");
    }
    if (!caseloads.isMember(worker, team)) {
      refuse("allocatedWorker: " + worker + " is not a member of " + team);
    }
    var caseload = caseloads.of(worker);
    if (caseload.full()) {
      refuse("allocatedWorker: " + caseload.name() + " already has " + caseload.open() + " open cases (capacity "
          + caseload.capacity() + "). Free capacity first or record \"No capacity\": there is no waiting list.");
    }
  }

  private static IscanDecision decision(Object value) {
    return Arrays.stream(IscanDecision.values()).filter(d -> d.name().equals(value)).findFirst()
        .orElseThrow(() -> new BadUserRequestException("decision: choose one of "
            + String.join(", ", Arrays.stream(IscanDecision.values()).map(IscanDecision::label).toList())));
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static void refuse(String message) {
    throw new BadUserRequestException(message);
  }
}
