package org.carepath.support;

import org.camunda.bpm.engine.IdentityService;

/** Staff accounts a test needs beyond the demo's, made as an administrator makes them (once per engine). */
public final class EngineUsers {

  private EngineUsers() {}

  /** The user in this group, with this password; made unless the engine has it already. */
  public static void ensure(IdentityService identity, String id, String firstName, String lastName, String password,
      String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }
}
