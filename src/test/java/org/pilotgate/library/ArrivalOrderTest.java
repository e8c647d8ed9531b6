package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;

class ArrivalOrderTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  @Test
  void rowsWithoutGapsAreAllSettled() {
    assertThat(ArrivalOrder.settled(4, List.of(row(5, NOW), row(6, NOW)), NOW)).hasSize(2);
  }

  @Test
  void aYoungGapMayStillFillSoFollowersStopBeforeIt() {
    List<PublishedReport> rows = List.of(row(5, NOW), row(7, NOW), row(8, NOW));
    assertThat(ArrivalOrder.settled(4, rows, NOW)).extracting(PublishedReport::sequence).containsExactly(5L);
  }

  @Test
  void anOldGapWasARolledBackInsert() {
    Instant old = NOW.minus(ArrivalOrder.GAP_WAIT).minus(Duration.ofSeconds(1));
    assertThat(ArrivalOrder.settled(4, List.of(row(5, NOW), row(7, old), row(8, NOW)), NOW)).hasSize(3);
  }

  private static PublishedReport row(long sequence, Instant publishedAt) {
    ReportDocument dated = TestPilots.report("DEMO", "PIL-2026-" + sequence, "T", "FAILED", "OTHER", "L", publishedAt);
    return new PublishedReport(dated, PublishedReport.LOCAL, sequence);
  }
}
