package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing passwords is slowed down; pages carry protective headers; state changes need a CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInProtectionTest {

  @LocalServerPort int port;

  @Test
  void aWrongPasswordLocksTheUserForAWhile() throws InterruptedException {
    String task = "/engine-rest/task";
    assertThat(HttpTestClient.basic(port, "max", "guess").get(task).statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "max", DemoUsers.PASSWORD).get(task).statusCode())
        .as("even the right password is refused straight after a wrong one").isEqualTo(401);

    long deadline = System.currentTimeMillis() + 15_000;
    int status;
    do {
      Thread.sleep(500);
      status = HttpTestClient.basic(port, "max", DemoUsers.PASSWORD).get(task).statusCode();
    } while (status != 200 && System.currentTimeMillis() < deadline);
    assertThat(status).as("the lock lifts after a few seconds").isEqualTo(200);
  }

  @Test
  void pagesCarrySecurityHeaders() {
    HttpResponse<String> login = HttpTestClient.anonymous(port).getPage("/login");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly"));
  }

  @Test
  void signingOutNeedsTheCsrfToken() {
    HttpTestClient browser = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD);
    assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
    assertThat(browser.getPage("/camunda/app/tasklist/default/").statusCode()).as("still signed in").isEqualTo(200);
  }
}
