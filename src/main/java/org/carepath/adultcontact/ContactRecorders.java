package org.carepath.adultcontact;

import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;
import org.carepath.supportteam.CareAndSupportTeam;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may record a contact, for the API and the Tasklist start form alike: the contact centre,
 * intake systems and administrators for any team; a care and support team member for their own
 * team's practices, or for a practice of no team (the contact centre then allocates it).
 */
@Component
class ContactRecorders {

  private final ContactIntake intake;
  private final CurrentStaff staff;

  ContactRecorders(ContactIntake intake, CurrentStaff staff) {
    this.intake = intake;
    this.staff = staff;
  }

  void check(String practiceCode) {
    var groups = staff.groups();
    if (groups.contains(StaffGroups.ADULT_CONTACT_CENTRE) || groups.contains(StaffGroups.REFERRAL_INTAKE)
        || groups.contains(StaffGroups.CAMUNDA_ADMIN)) {
      return;
    }
    if (groups.stream().noneMatch(g -> g.startsWith(StaffGroups.CARE_AND_SUPPORT_TEAM_PREFIX))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "The adult contact centre and the care and support teams record contacts");
    }
    var team = intake.teamOf(practiceCode);
    if (team.isPresent() && !groups.contains(team.get().group())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "gpPracticeCode: practice " + practiceCode
          + " belongs to the care and support team '" + team.map(CareAndSupportTeam::id).get()
          + "'; that team or the contact centre records its contacts");
    }
  }
}
