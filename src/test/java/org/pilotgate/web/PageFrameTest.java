package org.pilotgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The frame both layouts build from the shared fragments: navigation with the current page marked, and a footer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageFrameTest {

  @LocalServerPort int port;

  @Test
  void theLibraryMarksItsCurrentSectionAndLinksItsOpenDataInTheFooter() {
    String page = HttpTestClient.anonymous(port).getPage("/library").body();

    assertThat(page).containsPattern("href=\"/library\"\\s+aria-current=\"page\">\\s*"
        + "<strong class=\"govuk-service-navigation__active-fallback\">Search reports</strong>");
    assertThat(page).containsPattern("<a class=\"govuk-service-navigation__link\" href=\"[^\"]+\">\\s*Reporting on time");
    assertThat(page).contains("<footer class=\"govuk-footer\">", "Atom feed of new reports", "Open data (JSON API)",
        "whether the pilot worked or not");
  }

  @Test
  void theAuditPagesMarkTheirCurrentSectionAndSayTheyOnlyRead() {
    String page = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD).getPage("/audit").body();

    assertThat(page).containsPattern("href=\"/audit\"\\s+aria-current=\"page\">\\s*"
        + "<strong class=\"govuk-service-navigation__active-fallback\">Find pilots</strong>");
    assertThat(page).contains("Check the audit chain", "Cockpit", "Sign out", "<footer class=\"govuk-footer\">",
        "Read-only: nothing on these pages changes a pilot.");
  }
}
