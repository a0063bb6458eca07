package org.carepath.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.carepath.casefile.Sector;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The person making the current request (set by the HTTP Basic filter) and what they may reach. */
@Component
public class CurrentStaff {

  private final IdentityService identity;

  CurrentStaff(IdentityService identity) {
    this.identity = identity;
  }

  public String userId() {
    var authentication = identity.getCurrentAuthentication();
    return authentication == null ? "carepath" : authentication.getUserId();
  }

  /** Whether a person is signed in; otherwise carepath's own code (or a timer, a job) is acting. */
  public boolean isPerson() {
    return identity.getCurrentAuthentication() != null;
  }

  /** Members of the sector's team, and administrators, work on the sector's cases. */
  public boolean worksIn(Sector sector) {
    List<String> groups = groups();
    return groups.contains(sector.team()) || groups.contains(StaffGroups.CAMUNDA_ADMIN);
  }

  /** Members of the group that holds a case (a sector's ISCAN team, an adult team), and administrators. */
  public boolean worksInTeam(String group) {
    List<String> groups = groups();
    return (group != null && groups.contains(group)) || groups.contains(StaffGroups.CAMUNDA_ADMIN);
  }

  /** Sector teams submit referrals for their sector; intake systems for any sector. */
  public boolean maySubmitReferralFor(Sector sector) {
    return worksIn(sector) || groups().contains(StaffGroups.REFERRAL_INTAKE);
  }

  /** Service leads read the reports and the audit trail of every sector; so do administrators. */
  public boolean readsReports() {
    return readsReports(groups());
  }

  /**
   * Refuses with {@code 403} unless the caller reads reports; {@code what} names the report as the
   * answer says it ("The flow report is", "Baselines are") for service leads and administrators.
   */
  public void requireReports(String what) {
    if (!readsReports()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, what + " for service leads and administrators");
    }
  }

  /** Whether members of these groups read the reports, the audit trail and the engine's counts. */
  public static boolean readsReports(List<String> groups) {
    return groups.contains(StaffGroups.SERVICE_LEADS) || groups.contains(StaffGroups.CAMUNDA_ADMIN);
  }

  /**
   * Who keeps the directory of local services up to date: care co-ordinators, the adult teams (the
   * fixed ones and every care and support team), service leads and administrators.
   */
  public boolean keepsDirectory() {
    List<String> groups = groups();
    return groups.contains(StaffGroups.CARE_COORDINATORS) || groups.contains(StaffGroups.SERVICE_LEADS)
        || groups.contains(StaffGroups.CAMUNDA_ADMIN) || groups.stream().anyMatch(StaffGroups.ADULT_TEAMS::contains)
        || groups.stream().anyMatch(g -> g.startsWith(StaffGroups.CARE_AND_SUPPORT_TEAM_PREFIX));
  }

  /** Process managers change the pathways' models; administrators may too. */
  public boolean changesModels() {
    List<String> groups = groups();
    return groups.contains(StaffGroups.PROCESS_MANAGERS) || groups.contains(StaffGroups.CAMUNDA_ADMIN);
  }

  /** Members of {@code camunda-admin}. */
  public boolean isAdministrator() {
    return isAdministrator(identity.getCurrentAuthentication());
  }

  public List<String> groups() {
    return groupsOf(identity.getCurrentAuthentication());
  }

  /** The groups of an engine authentication, none when nobody is signed in (carepath's own code, a job). */
  public static List<String> groupsOf(Authentication authentication) {
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  /** Whether the engine authentication is an administrator's. */
  public static boolean isAdministrator(Authentication authentication) {
    return groupsOf(authentication).contains(StaffGroups.CAMUNDA_ADMIN);
  }
}
