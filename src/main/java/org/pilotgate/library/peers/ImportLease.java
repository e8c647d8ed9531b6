package org.pilotgate.library.peers;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's hold on the {@code peer-import} lease, so one node of the cluster imports at a time.
 * Failing to take, renew or hand back the lease is logged, never thrown.
 */
final class ImportLease {

  static final String NAME = "peer-import";

  private static final Logger LOG = LoggerFactory.getLogger(ImportLease.class);

  private final SchedulerLease leases;
  private final String holder = hostName() + "/" + UUID.randomUUID();
  private final Duration length;
  private final Clock clock;

  ImportLease(SchedulerLease leases, Duration requestTimeout, Clock clock) {
    this.leases = leases;
    this.clock = clock;
    // renewed before every request, so it outlives one request and the storing of one page
    this.length = requestTimeout.multipliedBy(2).plus(Duration.ofMinutes(1));
  }

  /** False when another node holds the lease or it cannot be taken. */
  boolean take() {
    Instant now = clock.instant();
    try {
      if (leases.tryAcquire(NAME, holder, now, now.plus(length))) {
        return true;
      }
      LOG.debug("Peer import skipped: another run holds the lease");
    } catch (RuntimeException e) {
      LOG.warn("Peer import skipped: cannot take the lease: {}", e.toString());
    }
    return false;
  }

  /** Keeps the lease for one more request; false (and the run stops) if it is lost or cannot be renewed. */
  boolean renew() {
    try {
      if (leases.renew(NAME, holder, clock.instant().plus(length))) {
        return true;
      }
      LOG.warn("Peer import stopped: its lease ran out and another node took it");
    } catch (RuntimeException e) {
      LOG.warn("Peer import stopped: cannot renew its lease: {}", e.toString());
    }
    return false;
  }

  void release() {
    try {
      leases.release(NAME, holder, clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Could not hand back the peer import lease (it runs out by itself): {}", e.toString());
    }
  }

  /** {@code pid@host}: names this node in the lease row, without a DNS look-up. */
  private static String hostName() {
    return ManagementFactory.getRuntimeMXBean().getName();
  }
}
