package org.pilotgate.cluster;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A library store that refuses some publications until an operator sees to it: the database refuses to
 * store a report whose title says {@code flaky} until the chaos run marks its pilot healed. The publish
 * job fails, is retried by the engine and ends in an incident; the operator heals the cause and retries
 * the job (as Cockpit's "Increment retries" does). Waiting for the engine's retries (minutes apart) is
 * time passing: their due dates are moved to now.
 */
final class FlakyPublishing {

  /** The publish jobs of flaky pilots that have failed at least once. */
  private static final String FAILED_FLAKY_PUBLISHING = "FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ "
      + "JOIN pilot_register r ON r.process_instance_id = j.process_instance_id_ WHERE d.act_id_ LIKE 'Publish%' "
      + "AND r.title LIKE '%flaky%' AND j.exception_msg_ IS NOT NULL";

  private final JdbcTemplate jdbc;

  FlakyPublishing(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Once the schema exists: the refusing trigger and the table of healed pilots. */
  void install() {
    jdbc.execute("CREATE TABLE chaos_healed (reference VARCHAR(40) PRIMARY KEY)");
    jdbc.execute("""
        CREATE FUNCTION chaos_refuse_flaky() RETURNS trigger AS $$
        BEGIN
          IF NEW.origin = 'local' AND NEW.title LIKE '%flaky%'
              AND NOT EXISTS (SELECT 1 FROM chaos_healed WHERE reference = NEW.reference) THEN
            RAISE EXCEPTION '%: the library store refused %', 'CHAOS-REFUSED', NEW.reference;
          END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""");
    jdbc.execute("CREATE TRIGGER chaos_refuse_flaky BEFORE INSERT ON published_report FOR EACH ROW "
        + "EXECUTE FUNCTION chaos_refuse_flaky()");
  }

  /** Retries fall due now; incidents are healed and retried as an operator would. Returns incidents retried. */
  int tend(ChaosClient client) throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE id_ IN (SELECT j.id_ " + FAILED_FLAKY_PUBLISHING
        + " AND j.retries_ > 0 AND j.duedate_ > ?)", now, now);
    List<Map<String, Object>> incidents = jdbc.queryForList("SELECT j.id_ AS job, r.reference " + FAILED_FLAKY_PUBLISHING
        + " AND j.retries_ = 0");
    int retried = 0;
    for (Map<String, Object> incident : incidents) {
      jdbc.update("INSERT INTO chaos_healed (reference) VALUES (?) ON CONFLICT DO NOTHING", incident.get("reference"));
      HttpResponse<String> retry = client.putJson("admin", Pilots.ENGINE + "/job/" + incident.get("job") + "/retries",
          Map.of("retries", 1));
      if (retry.statusCode() == 204) {
        retried++;
      }
    }
    return retried;
  }
}
