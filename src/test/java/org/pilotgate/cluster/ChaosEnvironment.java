package org.pilotgate.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a chaos test runs against: a fresh database, an SMTP server, the two-node cluster, the
 * operator who heals refused publications and retries them every second, and the invariants.
 */
final class ChaosEnvironment implements AutoCloseable {

  final TestDatabase database;
  final ChaosCluster cluster;
  final ChaosClient client;
  final JdbcTemplate jdbc;
  final ChaosInvariants invariants;
  final ChaosReport report;
  private final GreenMail smtp;
  private final HikariDataSource pool;
  private final MailWatch mail;
  private final List<Instant> kills = new ArrayList<>();
  private final ScheduledExecutorService operator = Executors.newSingleThreadScheduledExecutor();

  private ChaosEnvironment(TestDatabase database, GreenMail smtp, ChaosCluster cluster, ChaosReport report) {
    this.database = database;
    this.smtp = smtp;
    this.cluster = cluster;
    this.report = report;
    this.pool = pool(database);
    this.jdbc = new JdbcTemplate(pool);
    this.client = new ChaosClient(cluster);
    this.mail = new MailWatch(smtp);
    this.invariants = new ChaosInvariants(database, client, mail, kills);
  }

  /**
   * Starts both nodes as {@code launch} says (given the SMTP settings to add) and the operator. Mail is
   * sent every second.
   */
  static ChaosEnvironment start(String purpose, Launcher launcher, Random random, ChaosReport report)
      throws Exception {
    TestDatabase database = TestDatabase.fresh(purpose);
    GreenMail smtp = new GreenMail(new ServerSetup(PilotGateNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    PilotGateNode.Launch launch = launcher.launch(List.of("--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(), "--pilotgate.mail.send-interval=PT1S"));
    ChaosEnvironment environment = new ChaosEnvironment(database, smtp, new ChaosCluster(database, launch, random), report);
    try {
      environment.cluster.startAll();
      FlakyPublishing flaky = new FlakyPublishing(environment.jdbc);
      flaky.install();
      environment.operator.scheduleWithFixedDelay(() -> report.operatorTended(() -> environment.tend(flaky)), 1, 1,
          TimeUnit.SECONDS);
      return environment;
    } catch (Exception | Error e) {
      environment.close();
      throw e;
    }
  }

  /** How the nodes are started, given the settings the environment adds. */
  interface Launcher {
    PilotGateNode.Launch launch(List<String> settings) throws Exception;
  }

  /** The built jar as it is, with the settings added. */
  static Launcher builtJar() {
    return settings -> new PilotGateNode.Launch(List.of(), PilotGateNode.Launch.builtJar().jar(), settings);
  }

  private int tend(FlakyPublishing flaky) throws Exception {
    try {
      mail.look();
      return flaky.tend(client);
    } catch (DataAccessException | ChaosClient.Unavailable away) {
      if (cluster.databaseAwayLately()) {
        return 0; // the operator waits for the database like everyone else
      }
      throw away;
    }
  }

  /** Notes a kill, for telling a mail sent twice in the documented window from one sent twice otherwise. */
  void killed() {
    synchronized (kills) {
      kills.add(Instant.now());
    }
  }

  @Override
  public void close() throws Exception {
    operator.shutdownNow();
    try {
      cluster.close();
    } finally {
      pool.close();
      smtp.stop();
      database.drop();
    }
  }

  private static HikariDataSource pool(TestDatabase database) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(database.url());
    pool.setUsername(database.user());
    pool.setPassword(database.password());
    pool.setMaximumPoolSize(6);
    return pool;
  }

  static Path chaosFolder() {
    return Path.of("target", "chaos");
  }
}
