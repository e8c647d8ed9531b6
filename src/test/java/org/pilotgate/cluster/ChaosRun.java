package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chaos run (docs/reliability.md): two nodes on one PostgreSQL database under a steady load of pilots
 * through every path. In each round, after a random pause, a random node is killed with SIGKILL, whether
 * it is serving or still starting, and is started again in the background; the round waits only when
 * the kill would leave no node ready, so the service stays up. Every {@code chaos.outage-every}th round
 * the database goes away for 10 to 20 s instead. After every round every invariant is checked, and again
 * at the end once the load has stopped and every due job and mail is out. Not part of CI; run it with
 * <pre>mvn -B verify -Ppostgres -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ChaosRun -Dchaos.rounds=1000</pre>
 * Settings: {@code chaos.rounds} (default 10), {@code chaos.workers} (load threads, default 2),
 * {@code chaos.think-ms} (a user's average pause between steps, default 1500), {@code chaos.outage-every}
 * (default 10; 0 for none), {@code chaos.seed} (default: the time). The report is written to
 * {@code target/chaos/report.md} every ten rounds and at the end.
 */
class ChaosRun {

  private static final Duration LONGEST_PAUSE_BEFORE_KILL = Duration.ofSeconds(2);
  private static final Path REPORT = ChaosEnvironment.chaosFolder().resolve("report.md");
  static final Duration SETTLE = Duration.ofMinutes(4);

  @Test
  void nodesKilledAgainAndAgainUnderLoadLoseNothingAndDoNothingTwice() throws Exception {
    int rounds = Integer.getInteger("chaos.rounds", 10);
    int workers = Integer.getInteger("chaos.workers", 2);
    Duration thinkTime = Duration.ofMillis(Long.getLong("chaos.think-ms", 1500));
    int outageEvery = Integer.getInteger("chaos.outage-every", 10);
    long seed = Long.getLong("chaos.seed", System.currentTimeMillis());
    Random random = new Random(seed);
    ChaosReport report = new ChaosReport(rounds, workers, seed);
    try (ChaosEnvironment chaos = ChaosEnvironment.start("chaos", ChaosRun::imageLike, random, report)) {
      chaos.cluster.onRecovery(report::recovered);
      report.started();
      try (ChaosLoad load = new ChaosLoad(chaos.client, chaos.jdbc, seed, thinkTime)) {
        load.start(workers);
        for (int round = 1; round <= rounds; round++) {
          Thread.sleep(random.nextLong(LONGEST_PAUSE_BEFORE_KILL.toMillis()));
          if (outageEvery > 0 && round % outageEvery == 0) {
            chaos.cluster.awaitAllReady();
            report.outage(round, chaos.cluster.databaseAway(Duration.ofSeconds(10 + random.nextInt(11))));
          } else {
            int victim = random.nextInt(ChaosCluster.NAMES.size());
            chaos.cluster.awaitAnotherReady(victim);
            chaos.killed();
            report.kill(round, ChaosCluster.NAMES.get(victim), chaos.cluster.killAndRestart(victim));
          }
          Instant checking = Instant.now();
          report.checked(round, chaos.invariants.check(round), Duration.between(checking, Instant.now()));
          if (round % 10 == 0) {
            report.writeTo(REPORT);
          }
        }
        chaos.cluster.awaitAllReady();
        report.loadStopped(load.tally(), load.unexpectedAnswers());
      }
      settle(chaos, rounds + 1);
    } finally {
      report.writeTo(REPORT);
      System.out.println(report.text());
    }
    assertThat(report.violations()).as("invariant violations; see target/chaos/report.md").isEmpty();
    assertThat(report.unexpectedAnswers()).as("answers the load did not expect").isEmpty();
  }

  /**
   * With the load stopped, waits until every job due has run and every mail is out, then checks again,
   * and that no mail was given up.
   */
  static void settle(ChaosEnvironment chaos, int round) throws Exception {
    JdbcTemplate jdbc = chaos.jdbc;
    Instant deadline = Instant.now().plus(SETTLE);
    while (Instant.now().isBefore(deadline) && (jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 "
        + "AND COALESCE(duedate_, create_time_) < CURRENT_TIMESTAMP", Long.class) > 0
        || jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE state = 'PENDING'", Long.class) > 0)) {
      Thread.sleep(1000);
    }
    List<ChaosInvariants.Violation> found = new ArrayList<>(chaos.invariants.check(round));
    jdbc.query("SELECT state, COUNT(*) FROM mail_outbox WHERE state <> 'SENT' GROUP BY state", row -> {
      found.add(new ChaosInvariants.Violation(round, "every mail is sent", row.getLong(2) + " mails " + row.getString(1)
          + " after the load stopped"));
    });
    chaos.report.settled(found, chaos.invariants.mailSentTwiceInWindow(),
        jdbc.queryForObject("SELECT COUNT(*) FROM pilot_register WHERE ended_at IS NOT NULL", Long.class),
        jdbc.queryForList("SELECT status || ': ' || COUNT(*) FROM pilot_register GROUP BY status ORDER BY status",
            String.class));
  }

  /**
   * The nodes run as the container image runs them (extracted jar, class-data-sharing archive), with
   * only the first JIT tier: each start then takes about 6 s and 8 CPU-seconds instead of 9 s and 15 on
   * two cores, which is what a thousand restarts cost.
   */
  private static PilotGateNode.Launch imageLike(List<String> settings) throws Exception {
    return ImageLaunch.prepare(ChaosEnvironment.chaosFolder().resolve("image").toAbsolutePath(),
        List.of("-XX:TieredStopAtLevel=1"), settings);
  }
}
