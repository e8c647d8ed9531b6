package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The short version of the chaos run's database outage, run by CI: both nodes under a steady load of
 * pilots, the database goes away for 15 s (as a PostgreSQL restart or a network cut does to the nodes)
 * and comes back. Both nodes go out of service and back without a manual step, the load carries on,
 * and every invariant of the chaos run holds: no half-done step, nothing lost or done twice.
 */
class DatabaseOutageUnderLoadIT {

  private static final Duration OUTAGE = Duration.ofSeconds(15);
  private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(3);

  @Test
  void bothNodesUnderLoadRideOutTheDatabaseGoingAwayAndLoseNothing() throws Exception {
    long seed = System.currentTimeMillis();
    ChaosReport report = new ChaosReport(1, 2, seed);
    ChaosCluster.Outage outage;
    long refusedMeanwhile;
    try (ChaosEnvironment chaos = ChaosEnvironment.start("outage_load", ChaosEnvironment.builtJar(), new Random(seed),
        report)) {
      report.started();
      try (ChaosLoad load = new ChaosLoad(chaos.client, chaos.jdbc, seed, Duration.ofMillis(150))) {
        load.start(2);
        Pilots.awaitUntil("pilots finishing before the outage", PROGRESS_TIMEOUT, () -> load.times("ended COMPLETED") >= 2);
        outage = chaos.cluster.databaseAway(OUTAGE);
        report.outage(1, outage);
        Instant checking = Instant.now();
        report.checked(1, chaos.invariants.check(1), Duration.between(checking, Instant.now()));
        long finishedBefore = load.times("ended COMPLETED");
        Pilots.awaitUntil("pilots finishing after the outage", PROGRESS_TIMEOUT,
            () -> load.times("ended COMPLETED") >= finishedBefore + 2);
        refusedMeanwhile = load.times("refused while the database was away");
        report.loadStopped(load.tally(), load.unexpectedAnswers());
      }
      ChaosRun.settle(chaos, 2);
    } finally {
      report.writeTo(ChaosEnvironment.chaosFolder().resolve("database-outage-under-load.md"));
      System.out.println(report.text());
    }
    System.out.printf("database outage under load: %d s; every node ready again %.1f s after it came back; "
        + "%d requests refused meanwhile%n", OUTAGE.toSeconds(), outage.untilEveryNodeReady().toMillis() / 1000.0,
        refusedMeanwhile);
    assertThat(outage.everyNodeWentDown()).as("both nodes out of service while the database was away").isTrue();
    assertThat(outage.untilEveryNodeReady()).as("both nodes back in service").isLessThan(Duration.ofMinutes(1));
    assertThat(report.violations()).as("invariant violations; see target/chaos/database-outage-under-load.md").isEmpty();
    assertThat(report.unexpectedAnswers()).as("answers the load did not expect").isEmpty();
  }
}
