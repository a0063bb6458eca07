package org.carepath.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
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
  private ProcessEngineConfigurationImpl configuration;
  private IdentityService identity;

  IdentitySetup(AdminProperties admin, @Value("${carepath.demo.users-enabled:false}") boolean demoUsers) {
    this.admin = admin;
    this.demoUsers = demoUsers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (admin.requirePassword() && !admin.hasPassword()) {
      throw new IllegalStateException(
          "CAREPATH_ADMIN_PASSWORD must be set: this profile creates no default password");
    }
    this.configuration = configuration;
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new StaffPasswordPolicy());
    // No sign-in failure locks an account: a permanent lock after N failures lets anyone lock out any
    // member of staff (or the only administrator). SignInThrottle slows the failing address instead.
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    identity = engine.getIdentityService();
    StaffGroups.ALL.forEach(this::ensureGroup);
    new GroupAuthorizations(engine.getAuthorizationService()).grantAll();
    if (admin.hasPassword()) {
      checkAdministratorPassword();
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

  private void checkAdministratorPassword() {
    User candidate = identity.newUser(admin.user());
    candidate.setFirstName("carepath");
    candidate.setLastName("Administrator");
    candidate.setEmail(admin.user() + "@carepath.local");
    var result = identity.checkPasswordAgainstPolicy(admin.password(), candidate);
    if (!result.isValid()) {
      throw new IllegalStateException("CAREPATH_ADMIN_PASSWORD does not meet the staff password policy (at least "
          + StaffPasswordPolicy.MIN_LENGTH + " characters, not a common password, not holding the user id or name): "
          + result.getViolatedRules().stream().map(rule -> rule.getPlaceholder()).toList());
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
      save(user, resetPassword);
    } else if (resetPassword) {
      user.setPassword(password);
      save(user, true);
    }
  }

  /** Saves a user; only the demo staff (demo profile, H2) skip the password policy, as their password is "demo". */
  private void save(User user, boolean checkPolicy) {
    configuration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, !checkPolicy));
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
