package org.carepath.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * The Camunda group of a team that administrators create at run time (a care and support team),
 * with the same grants at every save. Joins the caller's transaction, so a refused save leaves no group.
 */
@Component
public class TeamGroups {

  public static final String CARE_AND_SUPPORT_TEAM_TYPE = "CARE_AND_SUPPORT_TEAM";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final EngineAsSystem engine;

  TeamGroups(IdentityService identity, AuthorizationService authorizations, EngineAsSystem engine) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.engine = engine;
  }

  /** Whether a member of staff is in a group, asked of the identity service whatever the caller may read. */
  public boolean isMember(String userId, String groupId) {
    return engine.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
  }

  /**
   * A team's members for a form's select, as {@code id=First Last (id)} pairs joined by {@code ;} (a form
   * reads text variables only; its FEEL splits them). Separators in a name are replaced.
   */
  public String choices(String groupId) {
    return engine.call(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(u -> u.getId() + "=" + ((u.getFirstName() + " " + u.getLastName()).strip() + " (" + u.getId() + ")")
            .replaceAll("[;=]", " "))
        .collect(java.util.stream.Collectors.joining(";")));
  }

  /** A member of staff as people read them ("Alan Alnwick"), whatever the caller may read; the id when unknown. */
  public String nameOf(String userId) {
    var user = engine.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
  }

  /** Whether a group exists, whatever the caller may read. */
  public boolean exists(String groupId) {
    return engine.call(() -> identity.createGroupQuery().groupId(groupId).count() > 0);
  }

  /** Creates or renames the team's group and (re)grants it Tasklist and the recording of contacts. */
  public void ensureCareAndSupportTeam(String groupId, String name) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identity.newGroup(groupId);
    }
    group.setName("Care and support team " + name);
    group.setType(CARE_AND_SUPPORT_TEAM_TYPE);
    identity.saveGroup(group);
    new GroupAuthorizations(authorizations).grantCareAndSupportTeam(groupId);
  }

  /** Makes a member of staff a member of a group (demo teams); nothing when already one. */
  public void ensureMember(String userId, String groupId) {
    if (!isMember(userId, groupId)) {
      identity.createMembership(userId, groupId);
    }
  }
}
