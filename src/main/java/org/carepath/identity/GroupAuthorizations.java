package org.carepath.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.carepath.identity.StaffGroups.ADULT_CONTACT_CENTRE;
import static org.carepath.identity.StaffGroups.ADULT_TEAMS;
import static org.carepath.identity.StaffGroups.CAMUNDA_ADMIN;
import static org.carepath.identity.StaffGroups.PROCESS_MANAGERS;
import static org.carepath.identity.StaffGroups.REFERRAL_INTAKE;
import static org.carepath.identity.StaffGroups.SECTOR_TEAMS;
import static org.carepath.identity.StaffGroups.SERVICE_LEADS;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each group may do in the engine and the webapps (see docs/security.md). Sector teams get
 * Tasklist and may start the children's pathway; their tasks become visible to them only through
 * the candidate group of each task, so nothing crosses sectors. Service leads watch every
 * definition in Cockpit; process managers deploy models but read no case data and delete nothing;
 * administrators hold every permission on every resource.
 */
class GroupAuthorizations {

  static final String REFERRAL_PATHWAY = "ReferralPathway";
  static final String ADULT_CONTACT = "AdultContact";
  static final String KEEP_DIRECTORY = "KeepDirectory";

  private final AuthorizationService authorizations;

  GroupAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void grantAll() {
    for (String team : SECTOR_TEAMS) {
      grant(team, APPLICATION, "tasklist", ACCESS);
      grant(team, PROCESS_DEFINITION, REFERRAL_PATHWAY, READ, CREATE_INSTANCE);
      grant(team, PROCESS_INSTANCE, "*", CREATE);
    }
    grant(REFERRAL_INTAKE, PROCESS_DEFINITION, REFERRAL_PATHWAY, READ, CREATE_INSTANCE);
    grant(REFERRAL_INTAKE, PROCESS_DEFINITION, ADULT_CONTACT, READ, CREATE_INSTANCE);
    grant(REFERRAL_INTAKE, PROCESS_INSTANCE, "*", CREATE);
    // Adults: the contact centre records contacts for any team; the fixed teams work the tasks of
    // their candidate group only, as a sector does.
    for (String team : ADULT_TEAMS) {
      grant(team, APPLICATION, "tasklist", ACCESS);
    }
    grantContactRecording(ADULT_CONTACT_CENTRE);
    // the directory of local services is kept in Tasklist too (KeepDirectory) by those who keep it
    grant(SERVICE_LEADS, APPLICATION, "tasklist", ACCESS);
    for (String keeper : List.of(StaffGroups.CARE_COORDINATORS, SERVICE_LEADS, StaffGroups.ADULT_CONTACT_CENTRE,
        StaffGroups.COMPLEX_NEEDS_TEAM, StaffGroups.ADULT_SAFEGUARDING, StaffGroups.ADULT_MANAGERS)) {
      grantDirectoryKeeping(keeper);
    }
    grant(SERVICE_LEADS, APPLICATION, "cockpit", ACCESS);
    // Service leads watch every case's flow and send a stuck letter on once the mail server is back.
    grant(SERVICE_LEADS, PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);
    grant(SERVICE_LEADS, DECISION_DEFINITION, "*", READ, READ_HISTORY);
    grant(SERVICE_LEADS, DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    grant(SERVICE_LEADS, DEPLOYMENT, "*", READ);

    grant(PROCESS_MANAGERS, APPLICATION, "cockpit", ACCESS);
    // Read models; they deploy through carepath (POST /api/models/deploy: checked, with the running
    // cases in view), never straight to the engine, and never delete a deployment (a cascade takes the
    // cases' instances with it). A restart takes back the CREATE of earlier versions.
    grant(PROCESS_MANAGERS, DEPLOYMENT, "*", READ);
    grant(PROCESS_MANAGERS, PROCESS_DEFINITION, "*", READ);
    grant(PROCESS_MANAGERS, DECISION_DEFINITION, "*", READ);
    grant(PROCESS_MANAGERS, DECISION_REQUIREMENTS_DEFINITION, "*", READ);

    // Membership of camunda-admin passes only a few admin-only commands; queries and most commands
    // still check grants (AuthorizationManager ignores admin groups there). Camunda's own first-run
    // setup gives the group ALL on every resource: without it an administrator lists no definitions,
    // creates no user and opens no webapp.
    for (Resource resource : Resources.values()) {
      grant(CAMUNDA_ADMIN, resource, "*", ALL);
    }
  }

  /** A care and support team: Tasklist, its own candidate-group tasks, and recording contacts. */
  void grantCareAndSupportTeam(String groupId) {
    grant(groupId, APPLICATION, "tasklist", ACCESS);
    grantContactRecording(groupId);
    grantDirectoryKeeping(groupId);
  }

  private void grantDirectoryKeeping(String groupId) {
    grant(groupId, PROCESS_DEFINITION, KEEP_DIRECTORY, READ, CREATE_INSTANCE);
    grant(groupId, PROCESS_INSTANCE, "*", CREATE);
  }

  private void grantContactRecording(String groupId) {
    grant(groupId, PROCESS_DEFINITION, ADULT_CONTACT, READ, CREATE_INSTANCE);
    grant(groupId, PROCESS_INSTANCE, "*", CREATE);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization authorization =
        existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    // Exactly these permissions, so a restart also takes back what an earlier version granted.
    authorization.setPermissions(permissions);
    authorizations.saveAuthorization(authorization);
  }
}
