package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotgate.TestPilots;

/** The auditor signs in, lands on the audit pages, opens a pilot's timeline and downloads it as CSV. */
class AuditorExportsATimelineTest extends BrowserTest {

  @Test
  void theAuditorReadsATimelineAndDownloadsItsCsv() throws IOException {
    ProcessInstance pilot = propose("olivia", TestPilots.proposal());
    complete(pilot, "ReviewProposal", "mia", TestPilots.approve("reviewDecision"));
    String reference = pilot.getBusinessKey();

    browser.signInAs("ada");
    assertThat(browser.driver().getCurrentUrl()).as("auditors land on the audit pages").endsWith("/audit");
    browser.open("/audit/pilots/" + reference);
    browser.find(By.id("download-csv"));
    assertThat(browser.text()).contains(reference).contains("Review the proposal").contains("mia");
    browser.screenshot("timeline");

    browser.find(By.id("download-csv")).click();
    Path csv = browser.waitUntil(d -> finishedCsv(browser.downloads()));
    String content = Files.readString(csv);
    assertThat(content.lines().findFirst()).contains("When,What happened,Step,Who,Details");
    assertThat(content).contains("Review the proposal").contains("mia").contains("olivia")
        .contains("Review decision: Approve: the proposer can plan the trial").doesNotContain("APPROVE");
  }

  /** The downloaded CSV once Chromium has finished writing it, or null while it is still arriving. */
  private static Path finishedCsv(Path downloads) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
