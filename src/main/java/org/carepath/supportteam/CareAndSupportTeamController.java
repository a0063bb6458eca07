package org.carepath.supportteam;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.carepath.api.InvalidFieldsException;
import org.carepath.identity.CurrentStaff;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code PUT /api/care-and-support-teams/{id}} (administrators) creates or changes a team and its
 * group {@code cst-{id}}; {@code GET /api/care-and-support-teams} lists the teams for every member of
 * staff (the contact centre allocates contacts to them).
 */
@RestController
class CareAndSupportTeamController {

  record TeamView(String id, String name, String group, Set<String> gpPractices) {
    static TeamView of(CareAndSupportTeam team) {
      return new TeamView(team.id(), team.name(), team.group(), team.gpPractices());
    }
  }

  private final CareAndSupportTeams teams;
  private final CurrentStaff staff;

  CareAndSupportTeamController(CareAndSupportTeams teams, CurrentStaff staff) {
    this.teams = teams;
    this.staff = staff;
  }

  @GetMapping("/api/care-and-support-teams")
  List<TeamView> list() {
    return teams.all().stream().map(TeamView::of).toList();
  }

  @PutMapping(path = "/api/care-and-support-teams/{id}", consumes = "application/json")
  ResponseEntity<TeamView> save(@PathVariable String id, @Valid @RequestBody CareAndSupportTeamRequest request) {
    if (!staff.isAdministrator()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an administrator creates or changes care and support teams");
    }
    if (!id.matches(CareAndSupportTeams.ID_PATTERN)) {
      throw new InvalidFieldsException(List.of(new InvalidFieldsException.Field("id",
          "must be 1 to 36 lower-case letters, digits and hyphens, not starting or ending with a hyphen")));
    }
    CareAndSupportTeams.Saved saved;
    try {
      saved = teams.save(id, request.name(), request.gpPractices(), staff.userId());
    } catch (CareAndSupportTeams.PracticeOfAnotherTeamException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    } catch (DataIntegrityViolationException e) {
      // two administrators gave the same practice to two teams at the same moment: the later one loses
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "gpPractices: a practice was given to another team at the same moment; read the teams again and retry");
    }
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(TeamView.of(saved.team()));
  }
}
