package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing passwords is slowed down per user and client address, and per address, but nobody can
 * lock a user out; pages carry protective headers; state changes need a CSRF token. Client addresses
 * come from {@code X-Forwarded-For}, as behind PilotGate's proxy in production; the waits are short here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.forward-headers-strategy=native",
    "pilotgate.sign-in.first-delay=PT2S",
    "pilotgate.sign-in.longest-delay=PT4S",
    "pilotgate.sign-in.free-failures-per-address=5"})
class SignInProtectionTest {

  private static final String TASKS = "/engine-rest/task";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void aWrongPasswordMakesTheNextAttemptFromThereWait() {
    assertThat(api("max", "guess", "203.0.113.1")).isEqualTo(401);
    assertThat(api("max", DemoUsers.PASSWORD, "203.0.113.1"))
        .as("even the right password is refused straight after a wrong one from the same address").isEqualTo(401);
    assertThat(eventually(() -> api("max", DemoUsers.PASSWORD, "203.0.113.1"))).as("the wait ends").isEqualTo(200);
  }

  @Test
  void theRealUserSignsInFromElsewhereWhileAnAttackerIsThrottled() {
    for (int i = 0; i < 8; i++) {
      assertThat(api("mia", "guess" + i, "203.0.113.2")).isEqualTo(401);
    }
    assertThat(api("mia", DemoUsers.PASSWORD, "203.0.113.2")).as("the attacker's address waits").isEqualTo(401);
    assertThat(api("mia", DemoUsers.PASSWORD, "198.51.100.2")).as("mia at her own desk").isEqualTo(200);
  }

  @Test
  void noNumberOfWrongPasswordsLocksAUserOutForGood() {
    // every guess from a fresh address is checked: Camunda's lock would have locked oscar for good after 10
    for (int i = 1; i <= 12; i++) {
      assertThat(api("oscar", "guess" + i, "203.0.113." + (100 + i))).isEqualTo(401);
    }
    assertThat(identityService.checkPassword("oscar", DemoUsers.PASSWORD)).as("not locked in Camunda").isTrue();
    assertThat(api("oscar", DemoUsers.PASSWORD, "198.51.100.3")).isEqualTo(200);
    assertThat(eventually(() -> api("oscar", DemoUsers.PASSWORD, "203.0.113.112")))
        .as("even the attacker's last address gets its turn again").isEqualTo(200);
  }

  @Test
  void anAddressGuessingManyUsersIsSlowedToo() {
    for (int i = 0; i < 6; i++) {
      assertThat(api("someone-" + UUID.randomUUID(), "guess", "203.0.113.50")).isEqualTo(401);
    }
    assertThat(api("olivia", DemoUsers.PASSWORD, "203.0.113.50")).as("that address waits, whoever signs in")
        .isEqualTo(401);
    assertThat(api("olivia", DemoUsers.PASSWORD, "198.51.100.4")).isEqualTo(200);
    assertThat(eventually(() -> api("olivia", DemoUsers.PASSWORD, "203.0.113.50"))).isEqualTo(200);
  }

  @Test
  void theLoginPageAnswersAWaitingAttemptAsAWrongPassword() {
    assertThat(formLogin("ada", "guess", "203.0.113.60")).endsWith("/login?error");
    assertThat(formLogin("ada", DemoUsers.PASSWORD, "203.0.113.60")).endsWith("/login?error");
    assertThat(formLogin("ada", DemoUsers.PASSWORD, "198.51.100.6")).endsWith("/audit");
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

  private int api(String user, String password, String address) {
    return HttpTestClient.basic(port, user, password).from(address).get(TASKS).statusCode();
  }

  /** Where the login page sends {@code user} after signing in from {@code address}. */
  private String formLogin(String user, String password, String address) {
    HttpTestClient browser = HttpTestClient.anonymous(port).from(address);
    Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
        .matcher(browser.getPage("/login").body());
    assertThat(csrf.find()).isTrue();
    return browser.postForm("/login", Map.of("username", user, "password", password, "_csrf", csrf.group(1)))
        .headers().firstValue("Location").orElse("");
  }

  /** The status once it is 200, asking again for up to ten seconds (the waits here are at most four). */
  private static int eventually(IntSupplier status) {
    long deadline = System.currentTimeMillis() + 10_000;
    int last = status.getAsInt();
    while (last != 200 && System.currentTimeMillis() < deadline) {
      pause();
      last = status.getAsInt();
    }
    return last;
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
