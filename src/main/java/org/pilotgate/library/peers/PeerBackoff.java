package org.pilotgate.library.peers;

import java.time.Duration;
import java.time.Instant;

/**
 * When to ask a peer again: one interval after a run that went well; after failures in a row, the
 * interval times 2 to the number of failures, at most {@code max}.
 */
final class PeerBackoff {

  private final Duration interval;
  private final Duration max;

  PeerBackoff(Duration interval, Duration max) {
    this.interval = interval;
    this.max = max;
  }

  Instant nextAfterSuccess(Instant at) {
    return at.plus(interval);
  }

  Instant nextAfterFailures(Instant at, int failuresInARow) {
    return at.plus(delayAfter(failuresInARow));
  }

  /** The wait after {@code failures} failures in a row: the interval times 2^failures, at most the maximum. */
  Duration delayAfter(int failures) {
    Duration delay = interval;
    // stops doubling at the maximum, so any number of failures is safe from overflow
    for (int i = 0; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
