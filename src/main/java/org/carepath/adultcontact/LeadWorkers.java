package org.carepath.adultcontact;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.carepath.casefile.CaseHandoffs;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/** Names an adult's lead worker: a member of the team holding the case, recorded as a handoff. */
@Component
class LeadWorkers {

  private final IdentityService identity;
  private final EngineAsSystem engine;
  private final CaseHandoffs handoffs;

  LeadWorkers(IdentityService identity, EngineAsSystem engine, CaseHandoffs handoffs) {
    this.identity = identity;
    this.engine = engine;
    this.handoffs = handoffs;
  }

  /** Refuses the task's completion unless {@code worker} is a member of {@code group}. */
  void checkMember(Object worker, String group) {
    if (!(worker instanceof String id) || id.isBlank()) {
      throw new BadUserRequestException("leadWorker: name the lead worker, a member of " + group);
    }
    long members = engine.call(() -> identity.createUserQuery().userId(id.strip()).memberOfGroup(group).count());
    if (members == 0) {
      throw new BadUserRequestException("leadWorker: " + id + " is not a member of " + group);
    }
  }

  void name(String reference, String worker, String reason, String by) {
    handoffs.toLeadWorker(reference, worker.strip(), reason, by);
  }
}
