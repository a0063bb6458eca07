package org.carepath.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the contract's groups, the administrator of the environment and, in the demo profile,
 * the demo staff. Idempotent: a restart changes nothing but the administrator's password, which
 * always follows {@code CAREPATH_ADMIN_PASSWORD} (Camunda's own admin-user property never does).
 * Runs as soon as the engine is built, before any request or job is served.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final AdminProperties admin;
  private final boolean demoUsers;
  private IdentityService identity;

  IdentitySetup(AdminProperties admin, @Value("${carepath.demo.users-enabled:false}") boolean demoUsers) {
    this.admin = admin;
    this.demoUsers = demoUsers;
  }

  @Override
  public void preInit(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration) {
    if (admin.requirePassword() && !admin.hasPassword()) {
      throw new IllegalStateException(
          "CAREPATH_ADMIN_PASSWORD must be set: this profile creates no default password");
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    identity = engine.getIdentityService();
    StaffGroups.ALL.forEach(this::ensureGroup);
    new GroupAuthorizations(engine.getAuthorizationService()).grantAll();
    if (admin.hasPassword()) {
      ensureUser(admin.user(), "carepath", "Administrator", admin.user() + "@carepath.local",
          admin.password(), true);
      ensureMembership(admin.user(), StaffGroups.CAMUNDA_ADMIN);
      log.info("Administrator '{}' is ready", admin.user());
    }
    if (demoUsers) {
      for (DemoStaff.Member member : DemoStaff.MEMBERS) {
        ensureUser(member.id(), member.firstName(), member.lastName(), member.email(),
            DemoStaff.PASSWORD, false);
        for (String group : member.groups()) {
          ensureMembership(member.id(), group);
        }
      }
      log.warn("Demo users created with the password '{}': never use the demo profile with real data",
          DemoStaff.PASSWORD);
    }
  }

  private void ensureGroup(StaffGroups.Definition definition) {
    if (identity.createGroupQuery().groupId(definition.id()).count() == 0) {
      var group = identity.newGroup(definition.id());
      group.setName(definition.name());
      group.setType(definition.type());
      identity.saveGroup(group);
    }
  }

  private void ensureUser(String id, String first, String last, String email, String password,
      boolean resetPassword) {
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identity.newUser(id);
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
    } else if (resetPassword) {
      user.setPassword(password);
      identity.saveUser(user);
    }
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
