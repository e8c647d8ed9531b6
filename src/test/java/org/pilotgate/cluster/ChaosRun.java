package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chaos run (docs/reliability.md): two nodes on one PostgreSQL database under a steady load of pilots
 * through every path; in each round a random node is killed with SIGKILL at a random moment and started
 * again, and then every invariant is checked. Not part of CI; run it with
 * <pre>mvn -B verify -Ppostgres -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ChaosRun -Dchaos.rounds=1000</pre>
 * Settings: {@code chaos.rounds} (default 10), {@code chaos.workers} (load threads, default 3),
 * {@code chaos.seed} (default: the time). The report is written to {@code target/chaos/report.md}.
 */
class ChaosRun {

  private static final Duration LONGEST_PAUSE_BEFORE_KILL = Duration.ofSeconds(3);
  private static final Duration SETTLE = Duration.ofMinutes(4);

  @Test
  void nodesKilledAgainAndAgainUnderLoadLoseNothingAndDoNothingTwice() throws Exception {
    int rounds = Integer.getInteger("chaos.rounds", 10);
    int workers = Integer.getInteger("chaos.workers", 3);
    long seed = Long.getLong("chaos.seed", System.currentTimeMillis());
    Random random = new Random(seed);
    ChaosReport report = new ChaosReport(rounds, workers, seed);
    TestDatabase database = TestDatabase.fresh("chaos");
    GreenMail smtp = new GreenMail(new ServerSetup(PilotGateNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ScheduledExecutorService operator = Executors.newSingleThreadScheduledExecutor();
    try (HikariDataSource pool = pool(database);
        ChaosCluster cluster = new ChaosCluster(database, launch(smtp), random)) {
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      cluster.startAll();
      FlakyPublishing flaky = new FlakyPublishing(jdbc);
      flaky.install();
      ChaosClient client = new ChaosClient(cluster);
      MailWatch mail = new MailWatch(smtp);
      List<Instant> kills = new ArrayList<>();
      ChaosInvariants invariants = new ChaosInvariants(database, client, mail, kills);
      operator.scheduleWithFixedDelay(() -> report.operatorTended(() -> {
        mail.look();
        return flaky.tend(client);
      }), 1, 1, TimeUnit.SECONDS);

      report.started();
      try (ChaosLoad load = new ChaosLoad(client, jdbc, seed)) {
        load.start(workers);
        for (int round = 1; round <= rounds; round++) {
          Thread.sleep(random.nextLong(LONGEST_PAUSE_BEFORE_KILL.toMillis()));
          int victim = random.nextInt(ChaosCluster.NAMES.size());
          synchronized (kills) {
            kills.add(Instant.now());
          }
          Duration recovery = cluster.killAndRestart(victim);
          report.round(round, ChaosCluster.NAMES.get(victim), recovery, invariants.check(round));
        }
        report.loadStopped(load.tally(), load.unexpectedAnswers());
      }
      report.settled(settle(jdbc, invariants, rounds + 1), invariants.mailSentTwiceInWindow(), finished(jdbc));
    } finally {
      operator.shutdownNow();
      smtp.stop();
      report.writeTo(Path.of("target", "chaos", "report.md"));
      database.drop();
    }
    assertThat(report.violations()).as("invariant violations; see target/chaos/report.md").isEmpty();
    assertThat(report.unexpectedAnswers()).as("answers the load did not expect").isEmpty();
  }

  /** With the load stopped, waits until every job due has run and every mail is out, then checks again. */
  private static List<ChaosInvariants.Violation> settle(JdbcTemplate jdbc, ChaosInvariants invariants, int round)
      throws Exception {
    Instant deadline = Instant.now().plus(SETTLE);
    while (Instant.now().isBefore(deadline) && (jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 "
        + "AND COALESCE(duedate_, create_time_) < CURRENT_TIMESTAMP", Long.class) > 0
        || jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE state = 'PENDING'", Long.class) > 0)) {
      Thread.sleep(1000);
    }
    List<ChaosInvariants.Violation> found = new ArrayList<>(invariants.check(round));
    jdbc.query("SELECT state, COUNT(*) FROM mail_outbox WHERE state <> 'SENT' GROUP BY state", row -> {
      found.add(new ChaosInvariants.Violation(round, "every mail is sent", row.getLong(2) + " mails " + row.getString(1)
          + " after the load stopped"));
    });
    return found;
  }

  private static List<String> finished(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT status || ': ' || COUNT(*) FROM pilot_register GROUP BY status ORDER BY status",
        String.class);
  }

  /**
   * The nodes run as the container image runs them (extracted jar, class-data-sharing archive), with
   * only the first JIT tier: each start then takes about 6 s and 8 CPU-seconds instead of 9 s and 15 on
   * two cores, which is what a thousand restarts cost. Mail goes to the run's SMTP server, sent every second.
   */
  private static PilotGateNode.Launch launch(GreenMail smtp) throws Exception {
    return ImageLaunch.prepare(Path.of("target", "chaos", "image").toAbsolutePath(), List.of("-XX:TieredStopAtLevel=1"),
        List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--pilotgate.mail.send-interval=PT1S"));
  }

  private static HikariDataSource pool(TestDatabase database) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(database.url());
    pool.setUsername(database.user());
    pool.setPassword(database.password());
    pool.setMaximumPoolSize(6);
    return pool;
  }
}
