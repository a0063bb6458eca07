package org.carepath.supportteam;

import org.carepath.identity.TeamGroups;
import org.carepath.tasklist.TasklistFilters;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, each care and support team's group gets the grants and Tasklist filters of this
 * version (exactly those: a later version that grants more or less reaches teams made before it).
 */
@Component
@Order(0)
class CareAndSupportTeamGrants implements ApplicationRunner {

  private final CareAndSupportTeams teams;
  private final TeamGroups groups;
  private final TasklistFilters filters;

  CareAndSupportTeamGrants(CareAndSupportTeams teams, TeamGroups groups, TasklistFilters filters) {
    this.teams = teams;
    this.groups = groups;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (CareAndSupportTeam team : teams.all()) {
      groups.ensureCareAndSupportTeam(team.group(), team.name());
      filters.openToTeam(team.group());
    }
  }
}
