package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PilotGate's login page through real HTTP: the council's name in GOV.UK markup, an error summary for
 * a wrong password or a throttled attempt, and signing out from PilotGate's pages and from the
 * webapps' "Log out" ending the session on the login page, which says so. The same settings as
 * {@link SignInProtectionTest} (one Spring context for both): client addresses from
 * {@code X-Forwarded-For}, short waits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.forward-headers-strategy=native",
    "pilotgate.sign-in.first-delay=PT2S",
    "pilotgate.sign-in.longest-delay=PT4S",
    "pilotgate.sign-in.free-failures-per-address=5"})
class SignInPageTest {

  private static final String TASKLIST_SETTINGS = "/camunda/app/tasklist/scripts/config.js";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

  @LocalServerPort int port;

  @Test
  void theLoginPageNamesTheCouncilInGovUkMarkup() {
    HttpResponse<String> page = HttpTestClient.anonymous(port).getPage("/login");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>Sign in – PilotGate – Demo Council</title>")
        .contains("govuk-frontend.min.css", "govuk-header", "govuk-footer", "govuk-skip-link")
        .containsPattern("<span class=\"govuk-caption-l\" id=\"council-name\">Demo Council</span>\\s*"
            + "<h1 class=\"govuk-heading-xl\">Sign in to PilotGate</h1>")
        .containsPattern("<label class=\"govuk-label\" for=\"username\">User name</label>")
        .contains("autocomplete=\"current-password\"", "<button type=\"submit\" class=\"govuk-button\"")
        .doesNotContain("Please sign in", "govuk-error-summary", "You have signed out");
    assertThat(CSRF.matcher(page.body()).find()).as("one CSRF field, as the form posts it").isTrue();
  }

  @Test
  void aWrongPasswordShowsAnErrorSummaryLinkedToTheField() {
    HttpTestClient browser = HttpTestClient.anonymous(port).from("203.0.113.80");
    assertThat(signIn(browser, "max", "not-his-password")).endsWith("/login?error");

    String page = browser.getPage("/login?error").body();
    assertThat(page).contains("<title>Error: Sign in – PilotGate – Demo Council</title>")
        .contains("govuk-error-summary", "There is a problem")
        .contains("<a href=\"#username\">Enter a correct user name and password</a>")
        .contains("govuk-form-group--error", "aria-describedby=\"username-error\"")
        .doesNotContain("Wait ");
  }

  @Test
  void anAttemptTooSoonAfterAWrongPasswordSaysHowLongToWait() {
    HttpTestClient browser = HttpTestClient.anonymous(port).from("203.0.113.81");
    assertThat(signIn(browser, "mia", "guess")).endsWith("/login?error");
    assertThat(signIn(browser, "mia", DemoUsers.PASSWORD)).as("refused: too soon").endsWith("/login?error");

    assertThat(browser.getPage("/login?error").body()).contains("govuk-error-summary")
        .containsPattern("There have been too many wrong passwords from here\\. Wait [12] seconds?, then try again\\.");
  }

  @Test
  void signingOutEndsTheSessionOnTheLoginPageWhichSaysSo() {
    HttpTestClient browser = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD);
    assertThat(browser.getPage("/audit").statusCode()).isEqualTo(200);

    HttpResponse<String> signOut = browser.postForm("/logout", Map.of("_csrf", csrfToken(browser)));
    assertThat(signOut.statusCode()).isEqualTo(302);
    assertThat(signOut.headers().firstValue("Location")).get().asString().endsWith("/login?logout");

    assertSignedOutPage(browser);
    assertThat(browser.getPage("/audit").statusCode()).as("the session no longer works").isEqualTo(302);
    assertThat(browser.getPage("/audit").headers().firstValue("Location")).get().asString().endsWith("/login");
  }

  @Test
  void theLibrarysPagesOfferSigningOutOnlyToThoseSignedIn() {
    assertThat(HttpTestClient.anonymous(port).getPage("/library").body()).doesNotContain("Sign out");

    HttpTestClient browser = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD);
    String library = browser.getPage("/library").body();
    Matcher form = Pattern.compile("<form method=\"post\" action=\"/logout\">.*?value=\"([^\"]+)\".*?Sign out</button>",
        Pattern.DOTALL).matcher(library);
    assertThat(form.find()).as("a sign-out form with its CSRF token").isTrue();

    HttpResponse<String> signOut = browser.postForm("/logout", Map.of("_csrf", form.group(1)));
    assertThat(signOut.headers().firstValue("Location")).get().asString().endsWith("/login?logout");
    assertSignedOutPage(browser);
    assertThat(browser.getPage("/library").body()).doesNotContain("Sign out");
  }

  @Test
  void theWebappsLogOutEndsTheSessionOnTheLoginPageToo() {
    HttpTestClient browser = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD)
        .withWebappCsrfToken("/camunda/app/tasklist/default/");
    // a page of the webapps only the signed-in may load (PilotGate's, so it needs no engine lookup)
    HttpResponse<String> settings = browser.get(TASKLIST_SETTINGS);
    assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);

    HttpResponse<String> signOut = browser.send("POST", SecurityConfig.WEBAPP_LOGOUT, null, "");
    assertThat(signOut.statusCode()).isEqualTo(302);
    assertThat(signOut.headers().firstValue("Location")).get().asString().endsWith("/login?logout");

    assertSignedOutPage(browser);
    assertThat(browser.get(TASKLIST_SETTINGS).statusCode()).as("the session no longer works").isEqualTo(401);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    assertThat(browser.getPage("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }

  @Test
  void everyWebappLoadsTheScriptThatLeavesForTheLoginPage() {
    HttpTestClient browser = HttpTestClient.signedIn(port, "admin", DemoUsers.PASSWORD);
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      assertThat(browser.get("/camunda/app/" + app + "/scripts/config.js").body()).as(app)
          .containsPattern("customScripts: \\[[^\\]]*\"scripts/pilotgate-sign-out\"");
      HttpResponse<String> script = browser.get("/camunda/app/" + app + "/scripts/pilotgate-sign-out.js");
      assertThat(script.statusCode()).as(app).isEqualTo(200);
      assertThat(script.body()).as(app).contains("auth\\/user", "responseURL", "window.location.replace");
    }
  }

  private void assertSignedOutPage(HttpTestClient browser) {
    HttpResponse<String> page = browser.getPage("/login?logout");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("govuk-notification-banner--success", "You have signed out", "Demo Council")
        .doesNotContain("govuk-error-summary");
  }

  /** The CSRF token a signed-in page's forms carry. */
  private static String csrfToken(HttpTestClient browser) {
    Matcher csrf = CSRF.matcher(browser.getPage("/login").body());
    assertThat(csrf.find()).isTrue();
    return csrf.group(1);
  }

  /** Where the login page sends {@code user} after posting {@code password}. */
  private static String signIn(HttpTestClient browser, String user, String password) {
    Matcher csrf = CSRF.matcher(browser.getPage("/login").body());
    assertThat(csrf.find()).isTrue();
    return browser.postForm("/login", Map.of("username", user, "password", password, "_csrf", csrf.group(1)))
        .headers().firstValue("Location").orElse("");
  }
}
