package org.carepath.supportteam;

import java.util.List;
import org.carepath.identity.TeamGroups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's two care and support teams (Alnwick and Blyth, Northumberland) and their members, in
 * the demo profile only. A team that exists already is left as an administrator changed it. Practice
 * {@value #UNKNOWN_PRACTICE} belongs to no team: a contact from it waits for the contact centre.
 */
@Component
@ConditionalOnProperty(name = "carepath.demo.users-enabled", havingValue = "true")
class DemoCareAndSupportTeams implements ApplicationRunner {

  static final String UNKNOWN_PRACTICE = "A84999";

  record DemoTeam(String id, String name, List<String> gpPractices, List<String> members) {}

  static final List<DemoTeam> TEAMS = List.of(
      new DemoTeam("alnwick", "Alnwick", List.of("A84005", "A84030"), List.of("alan", "ava")),
      new DemoTeam("blyth", "Blyth", List.of("A84002", "A84013"), List.of("ben")));

  private final CareAndSupportTeams teams;
  private final TeamGroups groups;

  DemoCareAndSupportTeams(CareAndSupportTeams teams, TeamGroups groups) {
    this.teams = teams;
    this.groups = groups;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoTeam demo : TEAMS) {
      if (teams.byId(demo.id()).isEmpty()) {
        teams.save(demo.id(), demo.name(), demo.gpPractices(), "carepath");
      }
      demo.members().forEach(member -> groups.ensureMember(member, CareAndSupportTeam.GROUP_PREFIX + demo.id()));
    }
  }
}
