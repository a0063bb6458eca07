package org.carepath.supportteam;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.carepath.identity.TeamGroups;
import org.carepath.tasklist.TasklistFilters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes care and support teams with their Camunda groups, in one transaction: a refused
 * change (a practice of another team) leaves neither the team nor its group half-written.
 */
@Service
public class CareAndSupportTeams {

  /** Lower-case letters, digits and hyphens; short enough for the group id {@code cst-{id}}. */
  static final String ID_PATTERN = "[a-z0-9](?:[a-z0-9-]{0,34}[a-z0-9])?";

  private final CareAndSupportTeamRepository teams;
  private final TeamGroups groups;
  private final TasklistFilters filters;
  private final Clock clock;

  CareAndSupportTeams(CareAndSupportTeamRepository teams, TeamGroups groups, TasklistFilters filters, Clock clock) {
    this.teams = teams;
    this.groups = groups;
    this.filters = filters;
    this.clock = clock;
  }

  public record Saved(CareAndSupportTeam team, boolean created) {}

  /** A practice already owned by another team: the request changes nothing. */
  static class PracticeOfAnotherTeamException extends RuntimeException {
    PracticeOfAnotherTeamException(String practice, String team) {
      super("gpPractices: " + practice + " belongs to the care and support team '" + team
          + "'; take it out of that team first");
    }
  }

  @Transactional
  public Saved save(String id, String name, Collection<String> practices, String by) {
    TreeSet<String> codes = new TreeSet<>();
    practices.forEach(code -> codes.add(code.strip().toUpperCase(Locale.ROOT)));
    for (String code : codes) {
      teams.findByPractice(code).filter(owner -> !owner.id().equals(id)).ifPresent(owner -> {
        throw new PracticeOfAnotherTeamException(code, owner.id());
      });
    }
    Optional<CareAndSupportTeam> existing = teams.findById(id);
    CareAndSupportTeam team = existing.orElseGet(() -> new CareAndSupportTeam(id));
    team.update(name.strip(), codes, by, clock.instant());
    CareAndSupportTeam saved = teams.saveAndFlush(team);
    groups.ensureCareAndSupportTeam(saved.group(), saved.name());
    filters.openToTeam(saved.group());
    return new Saved(saved, existing.isEmpty());
  }

  @Transactional(readOnly = true)
  public List<CareAndSupportTeam> all() {
    return teams.findAllByOrderByIdAsc();
  }

  /** The team of a GP practice's people, or none: then the contact centre allocates one. */
  @Transactional(readOnly = true)
  public Optional<CareAndSupportTeam> ofPractice(String practiceCode) {
    return practiceCode == null ? Optional.empty() : teams.findByPractice(practiceCode.strip().toUpperCase(Locale.ROOT));
  }

  @Transactional(readOnly = true)
  public Optional<CareAndSupportTeam> byId(String id) {
    return teams.findById(id);
  }
}
