package org.pilotgate.library.peers;

import java.time.Instant;

/**
 * How importing from one peer library stands: where it got to, and how it last went.
 *
 * @param lastSequence the peer's sequence number of the last report read from it
 * @param lastError the last failure, or the reports skipped as invalid on the last run; null when all went well
 * @param nextAttemptAt when it will be asked next; later and later while it keeps failing
 */
public record PeerStatus(String url, String name, long lastSequence, String etag, Instant lastAttemptAt,
    Instant lastSuccessAt, String lastError, int consecutiveFailures, Instant nextAttemptAt, long reportsImported) {

  static PeerStatus neverTried(String url, String name) {
    return new PeerStatus(url, name, 0, null, null, null, null, 0, null, 0);
  }

  PeerStatus named(String displayName) {
    return new PeerStatus(url, displayName, lastSequence, etag, lastAttemptAt, lastSuccessAt, lastError,
        consecutiveFailures, nextAttemptAt, reportsImported);
  }

  boolean isDue(Instant now) {
    return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
  }
}
