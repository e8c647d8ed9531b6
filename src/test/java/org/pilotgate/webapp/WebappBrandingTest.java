package org.pilotgate.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every Camunda webapp is served with PilotGate's settings and look in place of Camunda's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "pilotgate.council-name=Borough of O'Hara")
class WebappBrandingTest {

  private static final String[] APPS = {"tasklist", "cockpit", "admin", "welcome"};

  @LocalServerPort int port;

  @Test
  void eachWebappIsNamedPilotGateWithTheCouncilAsVendor() {
    HttpTestClient admin = HttpTestClient.signedIn(port, "admin", DemoUsers.PASSWORD);
    for (String app : APPS) {
      HttpResponse<String> settings = admin.get("/camunda/app/" + app + "/scripts/config.js", "*/*");
      assertThat(settings.statusCode()).as(app).isEqualTo(200);
      assertThat(settings.headers().firstValue("Content-Type").orElse("")).as(app).startsWith("text/javascript");
      assertThat(settings.body()).as(app)
          .contains("vendor: \"Borough of O'Hara\"")
          .containsPattern("name: \"PilotGate( [A-Z][a-z]+)?\"")
          .doesNotContain("{{");
    }
    assertThat(admin.get("/camunda/app/tasklist/scripts/config.js", "*/*").body()).as("Tasklist keeps its shortcuts")
        .contains("name: \"PilotGate Tasklist\"").contains("shortcuts");
  }

  @Test
  void onlyTasklistLoadsTasklistsScripts() {
    HttpTestClient admin = HttpTestClient.signedIn(port, "admin", DemoUsers.PASSWORD);
    assertThat(admin.get("/camunda/app/tasklist/scripts/config.js", "*/*").body())
        .contains("customScripts: [\"scripts/pilotgate-sign-out\",\"scripts/pilotgate-my-pilots\","
            + "\"scripts/pilotgate-pilot-proposed\",\"scripts/pilotgate-published\"]");
    for (String app : new String[] {"cockpit", "admin", "welcome"}) {
      assertThat(admin.get("/camunda/app/" + app + "/scripts/config.js", "*/*").body()).as(app)
          .contains("customScripts: [\"scripts/pilotgate-sign-out\"]");
    }
  }

  @Test
  void eachWebappHasPilotGatesLookAndHidesTheMigrationBanner() {
    HttpTestClient admin = HttpTestClient.signedIn(port, "admin", DemoUsers.PASSWORD);
    for (String app : APPS) {
      String styles = "/camunda/app/" + app + "/styles/";
      assertThat(admin.getPage(styles + "user-styles.css").body()).as(app).contains("@import url(\"pilotgate-look.css\")");
      assertThat(admin.getPage(styles + "pilotgate-look.css").body()).as(app)
          .containsPattern("\\.ce-eol-banner \\{\\s*display: none !important;")
          .contains("url(\"pilotgate-logo.svg\")");
      assertThat(admin.getPage(styles + "pilotgate-logo.svg").statusCode()).as(app).isEqualTo(200);
    }
  }
}
