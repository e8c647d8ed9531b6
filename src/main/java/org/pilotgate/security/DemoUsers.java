package org.pilotgate.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo users for trying PilotGate out. They exist only in the {@code demo} profile, which the
 * embedded default runs; production never creates them.
 */
@Component
@Profile("demo")
public class DemoUsers {

  public static final String PASSWORD = "demo";

  /** A demo person: id, name, and their Camunda groups. */
  public record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("olivia", "Olivia", "Officer", List.of(Groups.OFFICERS)),
      new DemoUser("oscar", "Oscar", "Officer", List.of(Groups.OFFICERS)),
      new DemoUser("mia", "Mia", "Manager", List.of(Groups.MANAGERS)),
      new DemoUser("max", "Max", "Manager", List.of(Groups.MANAGERS)),
      new DemoUser("sam", "Sam", "Officer-Manager", List.of(Groups.OFFICERS, Groups.MANAGERS)),
      new DemoUser("ada", "Ada", "Auditor", List.of(Groups.AUDITORS)),
      new DemoUser("cam", "Cam", "Champion", List.of(Groups.CHAMPIONS)),
      new DemoUser("admin", "Ada", "Admin", List.of(Groups.ADMINS)));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identity;
  private final Environment environment;

  DemoUsers(IdentityService identity, Environment environment) {
    this.identity = identity;
    this.environment = environment;
  }

  /** Runs after {@link AuthorizationSetup} has made the groups. */
  @EventListener(ApplicationStartedEvent.class)
  @Order(AuthorizationSetup.ORDER + 1)
  void createMissing() {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@pilotgate.invalid");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        demo.groups().forEach(group -> identity.createMembership(demo.id(), group));
      }
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order
  void announce() {
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    StringBuilder text = new StringBuilder("\n\n  PilotGate is running: http://localhost:" + port + "/\n"
        + "  Sign in as any demo user below, password '" + PASSWORD + "':\n");
    USERS.forEach(u -> text.append("    %-7s %s%n".formatted(u.id(), String.join(", ", u.groups()))));
    text.append("  Officers start a pilot in Tasklist: Start process > Pilot lifecycle (the form 'Propose a pilot').\n");
    LOG.info(text.toString());
  }
}
