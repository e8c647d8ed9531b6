package org.pilotgate.security;

import org.camunda.bpm.engine.IdentityService;
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
    identity.saveUser(user);
    identity.createMembership(admin.id(), Groups.ADMINS);
  }
}
