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
import static org.carepath.identity.StaffGroups.CAMUNDA_ADMIN;
import static org.carepath.identity.StaffGroups.PROCESS_MANAGERS;
import static org.carepath.identity.StaffGroups.REFERRAL_INTAKE;
import static org.carepath.identity.StaffGroups.SECTOR_TEAMS;
import static org.carepath.identity.StaffGroups.SERVICE_LEADS;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * What each group may do in the engine and the webapps (see docs/security.md). Sector teams get
 * Tasklist and may start the children's pathway; their tasks become visible to them only through
 * the candidate group of each task, so nothing crosses sectors. Service leads watch every
 * definition in Cockpit; process managers deploy models but read no case data.
 */
class GroupAuthorizations {

  static final String REFERRAL_PATHWAY = "ReferralPathway";

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
    grant(REFERRAL_INTAKE, PROCESS_INSTANCE, "*", CREATE);
    grant(SERVICE_LEADS, APPLICATION, "cockpit", ACCESS);
    // Service leads watch every case's flow and send a stuck letter on once the mail server is back.
    grant(SERVICE_LEADS, PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);
    grant(SERVICE_LEADS, DECISION_DEFINITION, "*", READ, READ_HISTORY);
    grant(SERVICE_LEADS, DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    grant(SERVICE_LEADS, DEPLOYMENT, "*", READ);

    grant(PROCESS_MANAGERS, APPLICATION, "cockpit", ACCESS);
    grant(PROCESS_MANAGERS, DEPLOYMENT, "*", ALL);
    grant(PROCESS_MANAGERS, PROCESS_DEFINITION, "*", READ);
    grant(PROCESS_MANAGERS, DECISION_DEFINITION, "*", READ);
    grant(PROCESS_MANAGERS, DECISION_REQUIREMENTS_DEFINITION, "*", READ);

    // The engine lets camunda-admin do everything, but the webapps' login asks for an application
    // grant (Camunda's own setup would have made it): without it no administrator opens Admin.
    grant(CAMUNDA_ADMIN, APPLICATION, "*", ACCESS);
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
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
