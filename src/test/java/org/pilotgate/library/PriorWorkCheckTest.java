package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The reviewer sees published reports whose titles share words with the proposal. */
class PriorWorkCheckTest extends PilotProcessTest {

  @Autowired LibraryReports library;

  @Test
  void findsPublishedReportsSharingTitleWords() {
    publish("PIL-2025-0101", "Bus drivers as befriending champions", "FAILED");
    publish("PIL-2025-0102", "Longer library opening hours", "SUCCEEDED");

    ProcessInstance pilot = propose("olivia", proposal().putValue("title", "Bus drivers refer isolated passengers"));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> matches = (List<Map<String, Object>>) variable(pilot, "priorWorkMatches");
    assertThat(matches).extracting(m -> m.get("id")).contains("PIL-2025-0101").doesNotContain("PIL-2025-0102");
    assertThat(matches).filteredOn(m -> "PIL-2025-0101".equals(m.get("id"))).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("outcome", "FAILED")
            .containsEntry("url", "/api/library/reports/PIL-2025-0101"));
    assertThat((String) variable(pilot, "priorWorkSummary")).contains("failed");
  }

  @Test
  void commonWordsAloneMatchNothing() {
    assertThat(LibraryReports.meaningfulWords("The pilot for a new trial")).isEmpty();
    assertThat(LibraryReports.meaningfulWords("Bus drivers, and bins!")).containsExactly("bins", "bus", "drivers");
  }

  private void publish(String id, String title, String outcome) {
    library.publishOnce(new LibraryReport(id, "DEMO/" + id, "prior-work-" + id, outcome, title, "TRANSPORT", "DEMO",
        Instant.now(), Map.of()));
  }
}
