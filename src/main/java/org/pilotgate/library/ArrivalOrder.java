package org.pilotgate.library;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reports are numbered as they arrive, but on a cluster one can commit after another with a higher
 * number. Whoever follows the numbers (the search index, a peer importing) must not move past a
 * gap that may still fill: only a gap older than {@link #GAP_WAIT} is taken as a rolled-back insert.
 */
final class ArrivalOrder {

  static final Duration GAP_WAIT = Duration.ofSeconds(30);

  private ArrivalOrder() {}

  /** The first rows of {@code rows} (ascending, all after {@code after}) up to a gap that may still fill. */
  static List<PublishedReport> settled(long after, List<PublishedReport> rows, Instant now) {
    Instant gapsBefore = now.minus(GAP_WAIT);
    long expected = after + 1;
    int settled = 0;
    for (PublishedReport row : rows) {
      if (row.sequence() != expected && !row.document().publishedAt().isBefore(gapsBefore)) {
        break;
      }
      expected = row.sequence() + 1;
      settled++;
    }
    return rows.subList(0, settled);
  }
}
