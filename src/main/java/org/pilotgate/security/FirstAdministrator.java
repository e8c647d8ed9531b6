package org.pilotgate.security;

import org.camunda.bpm.engine.IdentityService;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates production's first administrator once. Later starts leave the account alone: its
 * password may since have been changed in Camunda Admin.
 */
@Component
@Profile("prod")
class FirstAdministrator {

  private final IdentityService identity;
  private final Environment environment;

  FirstAdministrator(IdentityService identity, Environment environment) {
    this.identity = identity;
    this.environment = environment;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(AuthorizationSetup.ORDER + 1)
  void createIfMissing() {
    ProductionAdmin admin = ProductionAdmin.from(environment);
    if (identity.createUserQuery().userId(admin.id()).count() > 0) {
      return;
    }
    User user = identity.newUser(admin.id());
    user.setFirstName("PilotGate");
    user.setLastName("Administrator");
    user.setPassword(admin.password());
    requireStrongPassword(admin, user);
    identity.saveUser(user);
    identity.createMembership(admin.id(), Groups.ADMINS);
  }

  /** Camunda's password policy, which production enables, said in words before the account is made. */
  private void requireStrongPassword(ProductionAdmin admin, User user) {
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(admin.password(), user);
    if (!result.isValid()) {
      String broken = result.getViolatedRules().stream()
          .map(rule -> rule.getPlaceholder().replace("PASSWORD_POLICY_", "").toLowerCase().replace('_', ' ')
              + (rule.getParameters() == null ? "" : " " + rule.getParameters().values()))
          .collect(Collectors.joining(", "));
      throw new ProductionAdmin.Missing(ProductionAdmin.PASSWORD_VARIABLE + " does not meet the password policy ("
          + broken + "): use upper and lower case letters, a digit and a special character, and not the user id");
    }
  }
}
