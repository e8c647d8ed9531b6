package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL goes away under a running node, with a trial's end timer falling due meanwhile, and comes
 * back. Readiness says DOWN while it is gone and UP again soon after, with no manual step; a proposal
 * tried meanwhile is refused whole; the timer fires once after, and new pilots start as before. The
 * same holds while the database answers but takes no changes.
 */
class DatabaseOutageIT {

  static final Duration OUTAGE = Duration.ofSeconds(20);

  @Test
  void aNodeRidesOutTheDatabaseGoingAwayAndComingBack() throws Exception {
    TestDatabase database = TestDatabase.fresh("outage");
    try (PilotGateNode node = PilotGateNode.start("outage", database)) {
      String inTrial = Pilots.inTrial(node, node);
      Pilots.endTrialIn(database, inTrial, OUTAGE.dividedBy(2));
      assertThat(readiness(node)).isEqualTo(200);

      database.cutOff();
      Instant cut = Instant.now();
      Pilots.awaitUntil("readiness DOWN without the database", Duration.ofSeconds(60), () -> readiness(node) == 503);
      Duration noticed = Duration.between(cut, Instant.now());
      HttpResponse<String> refused = propose(node);
      assertThat(refused.statusCode()).as("a proposal without a database").isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.body()).contains("cannot reach its database");
      Thread.sleep(Math.max(0, OUTAGE.minus(Duration.between(cut, Instant.now())).toMillis()));

      database.restore();
      Instant restored = Instant.now();
      Pilots.awaitUntil("readiness UP with the database back", Duration.ofSeconds(60), () -> readiness(node) == 200);
      Duration recovered = Duration.between(restored, Instant.now());

      Pilots.awaitUntil("the trial's end timer fired after the outage", Duration.ofSeconds(60), () ->
          Pilots.count(node, "/task/count?taskDefinitionKey=EvaluateTrial&processInstanceId=" + inTrial) == 1);
      assertThat(Pilots.count(node, "/history/job-log/count?processInstanceId=" + inTrial
          + "&activityIdIn=TrialEndReached&successLog=true")).as("the end timer ran once").isEqualTo(1);
      String afterwards = Pilots.inTrial(node, node);
      assertThat(afterwards).isNotBlank();

      JdbcTemplate jdbc = database.jdbc();
      long pilots = jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'pilot-lifecycle'",
          Long.class);
      long registered = jdbc.queryForObject("SELECT COUNT(*) FROM pilot_register", Long.class);
      long recorded = jdbc.queryForObject("SELECT COUNT(*) FROM pilot_record", Long.class);
      System.out.printf("database outage: %d s; readiness DOWN after %.1f s, UP %.1f s after the database came back; "
          + "a proposal meanwhile answered %d; pilots %d, registered %d, recorded %d%n", OUTAGE.toSeconds(),
          noticed.toMillis() / 1000.0, recovered.toMillis() / 1000.0, refused.statusCode(), pilots, registered,
          recorded);
      assertThat(pilots).as("the refused proposal started nothing").isEqualTo(2);
      assertThat(registered).isEqualTo(pilots);
      assertThat(recorded).isEqualTo(pilots);
    } finally {
      database.restore();
      database.drop();
    }
  }

  @Test
  void aReadOnlyDatabaseTakesTheNodeOutOfServiceUntilItTakesChangesAgain() throws Exception {
    TestDatabase database = TestDatabase.fresh("readonly");
    try (PilotGateNode node = PilotGateNode.start("readonly", database)) {
      Pilots.inTrial(node, node);

      database.readOnly(true);
      Pilots.awaitUntil("readiness DOWN with a read-only database", Duration.ofSeconds(60),
          () -> readiness(node) == 503);
      HttpResponse<String> refused = propose(node);
      System.out.printf("read-only database: a proposal answered %d: %s%n", refused.statusCode(), refused.body());
      assertThat(refused.statusCode()).as("a proposal to a read-only database").isEqualTo(503);
      assertThat(refused.body()).contains("cannot store changes").doesNotContain("UPDATE", "INSERT");

      database.readOnly(false);
      Pilots.awaitUntil("readiness UP with the database taking changes", Duration.ofSeconds(60),
          () -> readiness(node) == 200);
      Pilots.inTrial(node, node);
      assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM pilot_register", Long.class))
          .as("the refused proposal started nothing").isEqualTo(2);
    } finally {
      database.readOnly(false);
      database.drop();
    }
  }

  private static int readiness(PilotGateNode node) {
    return node.anonymous().get("/actuator/health/readiness").statusCode();
  }

  private static HttpResponse<String> propose(PilotGateNode node) {
    return node.as("olivia").postJson(Pilots.ENGINE + "/process-definition/key/pilot-lifecycle/submit-form",
        Map.of("variables", HttpTestClient.variables(TestPilots.proposal())));
  }
}
