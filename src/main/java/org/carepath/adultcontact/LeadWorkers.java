package org.carepath.adultcontact;

import org.camunda.bpm.engine.BadUserRequestException;
import org.carepath.casefile.CaseHandoffs;
import org.carepath.identity.TeamGroups;
import org.springframework.stereotype.Component;

/** Names an adult's lead worker: a member of the team holding the case, recorded as a handoff. */
@Component
class LeadWorkers {

  private final TeamGroups groups;
  private final CaseHandoffs handoffs;

  LeadWorkers(TeamGroups groups, CaseHandoffs handoffs) {
    this.groups = groups;
    this.handoffs = handoffs;
  }

  /** Refuses the task's completion unless {@code worker} is a member of {@code group}. */
  void checkMember(Object worker, String group) {
    if (!(worker instanceof String id) || id.isBlank()) {
      throw new BadUserRequestException("leadWorker: name the lead worker, a member of " + group);
    }
    if (!groups.isMember(id.strip(), group)) {
      throw new BadUserRequestException("leadWorker: " + id + " is not a member of " + group);
    }
  }

  void name(String reference, String worker, String reason, String by) {
    handoffs.toLeadWorker(reference, worker.strip(), reason, by);
  }
}
