package org.carepath.careplan;

import org.carepath.casefile.Sector;
import org.carepath.identity.TeamGroups;
import org.springframework.stereotype.Component;

/** Who is in a sector's ISCAN team or an adult team, asked of Camunda's identity service whatever the caller may read. */
@Component
class SectorTeams {

  private final TeamGroups groups;

  SectorTeams(TeamGroups groups) {
    this.groups = groups;
  }

  boolean isMember(String userId, Sector sector) {
    return isMemberOfGroup(userId, sector.team());
  }

  /** Adults: a member of the team (group) holding the case. */
  boolean isMemberOfGroup(String userId, String group) {
    return groups.isMember(userId, group);
  }
}
