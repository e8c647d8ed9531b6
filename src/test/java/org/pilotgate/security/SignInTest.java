package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Everything needs a sign-in except the published library; one sign-in opens the Camunda webapps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTest {

  @LocalServerPort int port;
  @Autowired LibraryStore library;

  @Test
  void theEngineApiNeedsCredentials() {
    assertThat(HttpTestClient.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
    // a wrong password makes that user wait before signing in again from here, so a different user
    assertThat(HttpTestClient.basic(port, "oscar", "wrong").get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "olivia", DemoUsers.PASSWORD).get("/engine-rest/task").statusCode())
        .isEqualTo(200);
  }

  @Test
  void pagesAndWebappsSendStrangersToTheLoginPage() {
    HttpResponse<String> tasklist = HttpTestClient.anonymous(port).getPage("/camunda/app/tasklist/");
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location")).get().asString().endsWith("/login");
    assertThat(HttpTestClient.anonymous(port).get("/camunda/api/engine/engine/default/task/count").statusCode())
        .isEqualTo(401);
  }

  @Test
  void publishedReportsAreOpenToEveryone() {
    library.publishOnce(TestPilots.report("DEMO", "PIL-2026-9001", "Parking app", "FAILED", "TRANSPORT",
        "Ask drivers first"), "sign-in-test");

    HttpResponse<String> report = HttpTestClient.anonymous(port).get("/api/library/reports/PIL-2026-9001");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.json(report).path("globalId").asText()).isEqualTo("DEMO/PIL-2026-9001");
    assertThat(HttpTestClient.json(report).path("lessonsForOthers").asText()).isEqualTo("Ask drivers first");
    assertThat(HttpTestClient.anonymous(port).get("/api/library/reports/PIL-2026-0000").statusCode()).isEqualTo(404);
  }

  @Test
  void oneSignInOpensTasklistWithoutASecondLogin() {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    HttpResponse<String> loginPage = browser.getPage("/login");
    Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(loginPage.body());
    assertThat(csrf.find()).as("login page carries a CSRF token").isTrue();

    HttpResponse<String> signedIn = browser.postForm("/login",
        Map.of("username", "mia", "password", DemoUsers.PASSWORD, "_csrf", csrf.group(1)));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");

    assertThat(browser.getPage("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> whoAmI = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(whoAmI.statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.json(whoAmI).path("userId").asText()).isEqualTo("mia");
    assertThat(HttpTestClient.json(whoAmI).path("authorizedApps").toString()).contains("tasklist");
  }

  @Test
  void everyoneLandsWhereTheirWorkIs() {
    assertThat(landingOf("olivia")).endsWith("/camunda/app/tasklist/default/");
    assertThat(landingOf("ada")).endsWith("/audit");
    assertThat(landingOf("admin")).endsWith("/camunda/app/admin/default/");
  }

  private String landingOf(String user) {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
        .matcher(browser.getPage("/login").body());
    assertThat(csrf.find()).isTrue();
    return browser.postForm("/login", Map.of("username", user, "password", DemoUsers.PASSWORD, "_csrf", csrf.group(1)))
        .headers().firstValue("Location").orElse("");
  }

  @Test
  void camundasOwnLoginAndSetupAreClosed() {
    HttpTestClient stranger = HttpTestClient.anonymous(port);
    assertThat(stranger.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "mia", "password", DemoUsers.PASSWORD)).statusCode()).isIn(401, 403);
    assertThat(HttpTestClient.basic(port, "olivia", DemoUsers.PASSWORD)
        .postJson("/camunda/api/admin/setup/default/user/create", Map.of()).statusCode()).isEqualTo(403);
  }
}
