package org.pilotgate.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every Camunda webapp is served with PilotGate's settings and look in place of Camunda's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebappBrandingTest {

  @LocalServerPort int port;

  @Test
  void eachWebappLoadsPilotGatesSettingsAndHidesTheMigrationBanner() {
    HttpTestClient admin = HttpTestClient.signedIn(port, "admin", DemoUsers.PASSWORD);
    for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
      assertThat(admin.getPage("/camunda/app/" + app + "/scripts/config.js").body()).as(app)
          .contains("vendor: 'PilotGate'");
    }
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      assertThat(admin.getPage("/camunda/app/" + app + "/styles/user-styles.css").body()).as(app)
          .contains(".ce-eol-banner");
    }
  }
}
