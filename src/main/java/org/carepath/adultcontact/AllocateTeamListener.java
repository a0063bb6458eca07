package org.carepath.adultcontact;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.supportteam.CareAndSupportTeams;
import org.springframework.stereotype.Component;

/**
 * On create, lists the teams for the form. On complete: the contact centre allocates a contact whose GP practice belongs to no team: the team must
 * exist; the case remembers it as the person's care and support team (the next step hands it over).
 */
@Component
class AllocateTeamListener implements TaskListener {

  private final CareAndSupportTeams teams;
  private final CareCaseRepository cases;

  AllocateTeamListener(CareAndSupportTeams teams, CareCaseRepository cases) {
    this.teams = teams;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // shown on the form: the teams to choose from (task-local, gone with the task)
      task.setVariableLocal("teamChoices", String.join("\n", teams.all().stream()
          .map(t -> t.id() + ": " + t.name() + " (practices " + String.join(", ", t.gpPractices()) + ")")
          .toList()));
      return;
    }
    Object team = task.getVariable(AdultContactProcess.TEAM);
    if (!(team instanceof String id) || id.isBlank() || teams.byId(id.strip()).isEmpty()) {
      throw new BadUserRequestException("team: choose one of the care and support teams "
          + teams.all().stream().map(t -> t.id() + " (" + t.name() + ")").toList());
    }
    task.setVariable(AdultContactProcess.TEAM, id.strip());
    var careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    careCase.allocateSupportTeam(id.strip());
    cases.save(careCase);
  }
}
