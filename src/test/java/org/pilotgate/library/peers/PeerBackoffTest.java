package org.pilotgate.library.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeerBackoffTest {

  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  final PeerBackoff backoff = new PeerBackoff(Duration.ofHours(1), Duration.ofHours(6));

  @Test
  void aPeerThatWentWellIsAskedAgainAfterOneInterval() {
    assertThat(backoff.nextAfterSuccess(AT)).isEqualTo(AT.plus(Duration.ofHours(1)));
  }

  @Test
  void eachFailureInARowDoublesTheWait() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofHours(2));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofHours(4));
    assertThat(backoff.nextAfterFailures(AT, 2)).isEqualTo(AT.plus(Duration.ofHours(4)));
  }

  @Test
  void theWaitNeverExceedsTheMaximum() {
    assertThat(backoff.delayAfter(3)).as("8 hours, capped").isEqualTo(Duration.ofHours(6));
    assertThat(backoff.delayAfter(Integer.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofHours(6));
  }

  @Test
  void anIntervalLongerThanTheMaximumIsCappedToo() {
    PeerBackoff longInterval = new PeerBackoff(Duration.ofHours(8), Duration.ofHours(6));
    assertThat(longInterval.delayAfter(1)).isEqualTo(Duration.ofHours(6));
    assertThat(longInterval.nextAfterSuccess(AT)).as("success waits the interval itself")
        .isEqualTo(AT.plus(Duration.ofHours(8)));
  }
}
