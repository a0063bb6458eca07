package org.carepath.careplan;

import org.camunda.bpm.engine.IdentityService;
import org.carepath.casefile.Sector;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/** Who is in a sector's ISCAN team, asked of Camunda's identity service whatever the caller may read. */
@Component
class SectorTeams {

  private final IdentityService identity;
  private final EngineAsSystem engine;

  SectorTeams(IdentityService identity, EngineAsSystem engine) {
    this.identity = identity;
    this.engine = engine;
  }

  boolean isMember(String userId, Sector sector) {
    return isMemberOfGroup(userId, sector.team());
  }

  /** Adults: a member of the team (group) holding the case. */
  boolean isMemberOfGroup(String userId, String group) {
    return engine.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }
}
