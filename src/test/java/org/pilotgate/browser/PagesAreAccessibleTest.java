package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotgate.TestPilots;
import org.pilotgate.governance.AuditChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.pilotgate.library.Insight;
import org.pilotgate.library.Insights;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.partners.PartnerDetails;
import org.pilotgate.partners.PartnerRegister;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PilotGate's own pages, as rendered in Chromium, checked with axe-core: no serious or critical
 * WCAG 2.2 AA violation: the library's, the auditors', "My pilots" and a pilot's page, the partner register's, and the login page
 * (empty, after a wrong password, after signing out). Tasklist is Camunda's, so it is not checked here.
 */
class PagesAreAccessibleTest extends BrowserTest {

  @Autowired LibraryStore library;
  @Autowired LibraryIndex index;
  @Autowired Insights insights;
  @Autowired AuditChain chain;
  @Autowired JdbcTemplate jdbc;
  @Autowired PartnerRegister partners;

  private final String word = "wagtailmere" + UUID.randomUUID().toString().substring(0, 6);
  private ReportDocument report;
  private ProcessInstance pilot;

  @BeforeAll
  void publishAReportAndProposeAPilot() {
    report = TestPilots.report("PGAXE", "PIL-2025-0007", "Text reminders for bin collections", ReportDocument.FAILED,
        "WASTE_AND_RECYCLING", "Residents ignored texts sent at night; " + word + " timing matters.");
    library.publishOnce(report, "browser-axe-" + report.globalId());
    index.catchUp();
    pilot = propose("olivia", TestPilots.proposal());
    complete(pilot, "ReviewProposal", "mia", TestPilots.approve("reviewDecision"));
    complete(pilot, "PlanTrial", "olivia", TestPilots.plan());
  }

  @Test
  void theLibrarysPagesHaveNoSeriousOrCriticalViolations() {
    browser.driver().manage().deleteAllCookies();
    assertAccessible("library-search", "/library?q=" + word, By.cssSelector(".library-result"));
    assertAccessible("library-report", LibraryIndex.reportPath(report.globalId()), By.tagName("h1"));
    assertAccessible("library-compliance", "/library/compliance", By.tagName("h1"));
    assertAccessible("library-what-works", "/library/what-works?council=PGAXE", By.id("endings-heading"));
    Insight insight = insights.write("browser-axe-insight-" + word, "DEMO", "Text reminders work for renters",
        "Texts the evening before cut missed bins for renters in flats, at about 4p a text.",
        List.of(report.globalId()), "cam", Instant.now());
    insights.publish(insight.processInstanceId(), "mia", Instant.now());
    assertAccessible("library-insight", Insights.path(insight.id()), By.id("insight-reports"));
    assertAccessible("library-insights", "/library/insights", By.id("insights"));
  }

  @Test
  void theAuditPagesHaveNoSeriousOrCriticalViolations() {
    browser.signInAs("ada");
    assertAccessible("audit-find", "/audit", By.tagName("h1"));
    assertAccessible("audit-timeline", "/audit/pilots/" + pilot.getBusinessKey(), By.id("download-csv"));
    assertAccessible("audit-chain", "/audit/chain", By.id("chain-status"));
    AuditChain.Entry first = chain.entriesOf(pilot.getBusinessKey()).get(0);
    jdbc.update("UPDATE audit_entry SET actor = 'mallory' WHERE sequence_number = ?", first.sequence());
    try {
      assertAccessible("audit-chain-broken", "/audit/chain", By.id("chain-breaks"));
    } finally {
      jdbc.update("UPDATE audit_entry SET actor = ? WHERE sequence_number = ?", first.actor(),
          first.sequence());
    }
  }

  @Test
  void myPilotsHasNoSeriousOrCriticalViolations() {
    browser.signInAs("olivia");
    assertAccessible("my-pilots", "/pilots", By.id("my-pilots"));
    assertAccessible("my-pilot", "/pilots/" + pilot.getBusinessKey(), By.id("pilot-facts"));
  }

  @Test
  void thePartnerPagesHaveNoSeriousOrCriticalViolations() {
    long partner = partners.add(new PartnerDetails("Axe Buses " + word, PartnerDetails.Sector.PRIVATE, "Bus drivers",
        List.of("Abbey"), "Every journey", List.of("Carers"), new PartnerDetails.Contact("Ann Axe", null, null),
        PartnerDetails.DataSharing.NONE, PartnerDetails.Status.ENGAGED), "cam");
    browser.signInAs("cam");
    assertAccessible("partners", "/partners", By.id("partners"));
    assertAccessible("partner", "/partners/" + partner, By.id("partner-details"));
    assertAccessible("partner-map", "/partners/map", By.id("coverage"));
    assertAccessible("partner-form", "/partners/new", By.id("name"));
    browser.find(By.id("save-partner")).click();
    assertAccessible("partner-form-errors", null, By.cssSelector(".govuk-error-summary"));
    assertAccessible("partner-import", "/partners/import", By.id("file"));
  }

  @Test
  void theLoginPageHasNoSeriousOrCriticalViolations() {
    browser.driver().manage().deleteAllCookies();
    assertAccessible("sign-in", "/login", By.tagName("h1"));
    // as after a wrong password, without making anyone wait (SignInPageTest posts real ones)
    assertAccessible("sign-in-error", "/login?error", By.cssSelector(".govuk-error-summary"));
    assertAccessible("sign-in-signed-out", "/login?logout", By.id("signed-out"));
  }

  /** The check itself works: an image without a text alternative, added to a library page, is reported as critical. */
  @Test
  void theCheckFindsAnImageWithoutAlternativeText() {
    browser.open("/library");
    browser.find(By.tagName("h1"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "const img = document.createElement('img'); img.src = '/favicon.ico'; document.querySelector('main').append(img);");
    assertThat(Axe.check(browser, "control-image-without-alt"))
        .anySatisfy(v -> assertThat(v.id() + " " + v.impact()).isEqualTo("image-alt critical"));
  }

  /** Opens {@code path} (null: stays on the page shown) and checks it once {@code loaded} shows. */
  private void assertAccessible(String page, String path, By loaded) {
    if (path != null) {
      browser.open(path);
    }
    browser.find(loaded);
    browser.screenshot(page);
    List<Axe.Violation> violations = Axe.check(browser, page);
    assertThat(violations).as("serious or critical axe-core violations on %s", path)
        .filteredOn(v -> Axe.BLOCKING.contains(v.impact())).isEmpty();
  }
}
