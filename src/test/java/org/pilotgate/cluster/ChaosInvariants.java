package org.pilotgate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pilotgate.audit.PilotStatus;
import org.pilotgate.process.LifecycleModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What must hold however often nodes are killed, checked after every round of the chaos run. The
 * database facts are read in one snapshot (a repeatable-read transaction), so a step committing while
 * they are read cannot make them disagree.
 */
final class ChaosInvariants {

  /** A broken promise, found after a round. */
  record Violation(int round, String invariant, String detail) {}

  /** A job overdue by more than this (after its lock ran out) has not fired: the survivor polls every second. */
  private static final Duration OVERDUE = Duration.ofSeconds(30);
  /** A mail that arrived this long before a node was killed may arrive again (docs/operations.md, the outbox). */
  private static final Duration SMTP_WINDOW = Duration.ofSeconds(3);

  private final TestDatabase database;
  private final ChaosClient client;
  private final MailWatch mail;
  private final List<Instant> kills;
  private int mailSentTwiceInWindow;

  ChaosInvariants(TestDatabase database, ChaosClient client, MailWatch mail, List<Instant> kills) {
    this.database = database;
    this.client = client;
    this.mail = mail;
    this.kills = kills;
  }

  /** Mails that arrived twice because a node was killed between sending one and marking it sent. */
  int mailSentTwiceInWindow() {
    return mailSentTwiceInWindow;
  }

  List<Violation> check(int round) throws Exception {
    List<Violation> found = new ArrayList<>();
    Map<String, List<Instant>> arrived = mail.arrivalsByKey(); // before the snapshot: see mailOnce
    try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      JdbcTemplate snapshot = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      Recorder record = (invariant, detail) -> found.add(new Violation(round, invariant, detail));
      stoppedPilotsGetTheirReport(snapshot, record);
      nothingPublishedOrDecidedTwice(snapshot, record);
      everyTimerFiresOnce(snapshot, record);
      mailOnce(snapshot, arrived, record);
      registerAgreesWithHistory(snapshot, record);
      connection.commit();
    }
    chainVerifies(found, round);
    eachIndexEqualsTheDatabase(found, round);
    return found;
  }

  private interface Recorder {
    void violation(String invariant, String detail);
  }

  private void stoppedPilotsGetTheirReport(JdbcTemplate db, Recorder record) {
    String invariant = "a stopped pilot has one published report, or waits for it with its deadline timer";
    db.query("SELECT o.reference, (SELECT COUNT(*) FROM published_report p WHERE p.process_instance_id = "
        + "o.process_instance_id) AS reports, (SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = "
        + "j.job_def_id_ WHERE j.process_instance_id_ = o.process_instance_id AND d.act_id_ = 'ReportDeadlinePassed') "
        + "AS deadline_timers, (SELECT h.end_time_ FROM act_hi_procinst h WHERE h.id_ = o.process_instance_id) AS ended "
        + "FROM report_obligation o", row -> {
          long reports = row.getLong("reports");
          boolean ended = row.getTimestamp("ended") != null;
          if (reports > 1 || reports == 0 && (ended || row.getLong("deadline_timers") != 1)) {
            record.violation(invariant, row.getString("reference") + ": " + reports + " reports, "
                + row.getLong("deadline_timers") + " deadline timers, " + (ended ? "ended" : "running"));
          }
        });
    db.query("SELECT DISTINCT a.proc_inst_id_ FROM act_hi_actinst a WHERE a.act_id_ = 'SetFailureReportDeadline' "
        + "AND a.end_time_ IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_obligation o "
        + "WHERE o.process_instance_id = a.proc_inst_id_)", row -> {
          record.violation(invariant, "pilot " + row.getString(1) + " was stopped but owes no report");
        });
  }

  private void nothingPublishedOrDecidedTwice(JdbcTemplate db, Recorder record) {
    db.query("SELECT COALESCE(p.reference, e.pilot_reference) AS reference, p.copies, e.entries FROM "
        + "(SELECT reference, COUNT(*) AS copies FROM published_report WHERE origin = 'local' GROUP BY reference) p "
        + "FULL JOIN (SELECT pilot_reference, COUNT(*) AS entries FROM audit_entry WHERE kind = 'PUBLICATION' "
        + "GROUP BY pilot_reference) e ON e.pilot_reference = p.reference "
        + "WHERE p.copies IS DISTINCT FROM 1 OR e.entries IS DISTINCT FROM 1", row -> {
          record.violation("no report is published twice", row.getString("reference") + ": " + row.getLong("copies")
              + " copies in the library, " + row.getLong("entries") + " publications in the audit chain");
        });
    db.query("SELECT r.reference, COALESCE(t.decided, 0) AS decided, COALESCE(e.recorded, 0) AS recorded "
        + "FROM pilot_register r LEFT JOIN (SELECT proc_inst_id_, COUNT(*) AS decided FROM act_hi_taskinst "
        + "WHERE task_def_key_ = 'DecideGate' AND delete_reason_ = 'completed' GROUP BY proc_inst_id_) t "
        + "ON t.proc_inst_id_ = r.process_instance_id LEFT JOIN (SELECT pilot_reference, COUNT(*) AS recorded "
        + "FROM audit_entry WHERE kind = 'GATE_DECISION' GROUP BY pilot_reference) e ON e.pilot_reference = r.reference "
        + "WHERE COALESCE(t.decided, 0) <> COALESCE(e.recorded, 0)", row -> {
          record.violation("no gate is decided twice", row.getString("reference") + ": " + row.getLong("decided")
              + " gate tasks completed, " + row.getLong("recorded") + " gate decisions in the audit chain");
        });
  }

  private void everyTimerFiresOnce(JdbcTemplate db, Recorder record) {
    // the jobs of the pilots' processes (timers, asynchronous steps); the history cleanup job runs again and again
    db.query("SELECT job_id_, job_def_configuration_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 "
        + "AND job_def_id_ IS NOT NULL GROUP BY job_id_, job_def_configuration_ HAVING COUNT(*) > 1", row -> {
          record.violation("every timer and job runs once", "job " + row.getString(1) + " (" + row.getString(2)
              + ") ran " + row.getLong(3) + " times");
        });
    Timestamp overdue = Timestamp.from(Instant.now().minus(OVERDUE));
    db.query("SELECT j.id_, d.act_id_, j.duedate_, j.lock_exp_time_ FROM act_ru_job j LEFT JOIN act_ru_jobdef d "
        + "ON d.id_ = j.job_def_id_ WHERE j.retries_ > 0 AND j.suspension_state_ = 1 "
        + "AND COALESCE(j.duedate_, j.create_time_) < ? AND (j.lock_exp_time_ IS NULL OR j.lock_exp_time_ < ?)", row -> {
          record.violation("every timer and job runs once", "job " + row.getString(1) + " (" + row.getString(2)
              + ") due " + row.getTimestamp(3) + ", locked until " + row.getTimestamp(4) + ", has not run");
        }, overdue, overdue);
  }

  /**
   * Every mail that arrived was delivered from the outbox (the mails are read before the snapshot, so a
   * row marked sent after it was still claimed then), once, unless a node was killed between sending it
   * and marking it sent.
   */
  private void mailOnce(JdbcTemplate db, Map<String, List<Instant>> arrived, Recorder record) {
    Map<String, Long> deliveredOrUnderWay = new HashMap<>();
    db.query("SELECT address, subject, COUNT(*) FROM mail_outbox WHERE state = 'SENT' OR claimed_by IS NOT NULL "
        + "GROUP BY address, subject", row -> {
          deliveredOrUnderWay.put(MailWatch.key(row.getString(1), row.getString(2)), row.getLong(3));
        });
    int inWindow = 0;
    for (Map.Entry<String, List<Instant>> mailed : arrived.entrySet()) {
      long rows = deliveredOrUnderWay.getOrDefault(mailed.getKey(), 0L);
      List<Instant> copies = mailed.getValue();
      for (int extra = (int) rows; extra < copies.size(); extra++) {
        if (rows > 0 && killedSoonAfter(copies.subList(0, extra))) {
          inWindow++;
        } else {
          record.violation("no mail is sent twice", mailed.getKey() + ": arrived " + copies.size()
              + " times (sent at " + copies + "), " + rows + " in the outbox: " + outboxRows(db, mailed.getKey()));
        }
      }
    }
    mailSentTwiceInWindow = inWindow;
  }

  private static List<String> outboxRows(JdbcTemplate db, String key) {
    return db.query("SELECT id, state, attempts, created_at, sent_at, claimed_by, last_error FROM mail_outbox "
        + "WHERE address || ' | ' || subject = ? ORDER BY id", (row, n) -> "#" + row.getLong("id") + " "
        + row.getString("state") + " after " + row.getInt("attempts") + " attempts, created " + row.getTimestamp("created_at")
        + ", sent " + row.getTimestamp("sent_at") + (row.getString("last_error") == null ? ""
        : ", last error " + row.getString("last_error")), key);
  }

  private boolean killedSoonAfter(List<Instant> arrivals) {
    synchronized (kills) {
      return arrivals.stream().anyMatch(arrival -> kills.stream()
          .anyMatch(kill -> !kill.isBefore(arrival.minusSeconds(1)) && kill.isBefore(arrival.plus(SMTP_WINDOW))));
    }
  }

  private void registerAgreesWithHistory(JdbcTemplate db, Recorder record) {
    String invariant = "the register agrees with the engine's history";
    Map<String, List<String>> stepsEntered = new HashMap<>();
    db.query("SELECT proc_inst_id_, act_id_ FROM act_hi_actinst WHERE proc_def_key_ = ? "
        + "ORDER BY proc_inst_id_, start_time_, sequence_counter_", row -> {
          stepsEntered.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
        }, LifecycleModel.PROCESS);
    db.query("SELECT h.id_, h.business_key_, h.end_time_, h.state_, r.process_instance_id, r.reference, r.status, "
        + "r.ended_at FROM (SELECT * FROM act_hi_procinst WHERE proc_def_key_ = ?) h "
        + "FULL JOIN pilot_register r ON r.process_instance_id = h.id_", row -> {
          String pilot = Objects.requireNonNullElse(row.getString("reference"), row.getString("id_"));
          if (row.getString("id_") == null || row.getString("process_instance_id") == null) {
            record.violation(invariant, pilot + " is in " + (row.getString("id_") == null ? "the register only"
                : "the engine's history only"));
            return;
          }
          String expected = "EXTERNALLY_TERMINATED".equals(row.getString("state_")) ? PilotStatus.CANCELLED.name()
              : PilotStatus.after(stepsEntered.getOrDefault(row.getString("id_"), List.of())).name();
          boolean ended = row.getTimestamp("end_time_") != null;
          if (!expected.equals(row.getString("status")) || ended != (row.getTimestamp("ended_at") != null)
              || !pilot.equals(row.getString("business_key_"))) {
            record.violation(invariant, pilot + ": register says " + row.getString("status")
                + (row.getTimestamp("ended_at") != null ? " (ended)" : "") + ", history says " + expected
                + (ended ? " (ended)" : ""));
          }
        }, LifecycleModel.PROCESS);
  }

  private void chainVerifies(List<Violation> found, int round) throws Exception {
    JsonNode verification = client.readJson("ada", "/api/audit/chain");
    if (!verification.path("intact").asBoolean()) {
      found.add(new Violation(round, "the audit chain verifies", verification.path("breaks").toString()));
    }
  }

  /**
   * Each node's index holds every stored report (its checkpoint may wait up to 30 s at a gap left by a
   * rolled-back publication, see ArrivalOrder, but the reports after the gap are indexed already). The
   * index catches up every second; it is given 15 s to equal the database.
   */
  private void eachIndexEqualsTheDatabase(List<Violation> found, int round) throws Exception {
    JdbcTemplate db = database.jdbc();
    for (PilotGateNode node : client.cluster().up()) {
      String difference = null;
      for (int attempt = 0; attempt < 30; attempt++) {
        long stored = db.queryForObject("SELECT COUNT(*) FROM published_report", Long.class);
        JsonNode index = indexOf(node, client);
        difference = index == null || index.path("reports").asLong() == stored ? null
            : index.path("reports").asLong() + " reports in the index, " + stored + " in the database";
        if (difference == null) {
          break;
        }
        Thread.sleep(500);
      }
      if (difference != null) {
        found.add(new Violation(round, "the library index on each node equals the database", node.name() + ": " + difference));
      }
    }
  }

  private static JsonNode indexOf(PilotGateNode node, ChaosClient client) throws InterruptedException {
    try {
      return client.readJson(node, "admin", "/actuator/health").path("components").path("libraryIndex").path("details");
    } catch (ChaosClient.NodeLost | ChaosClient.Unavailable gone) {
      return null;
    }
  }
}
