package org.pilotgate.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What every stopped pilot owes: a failure report by its deadline. The compliance page reads these. */
@Repository
public class ReportObligations {

  /** One stopped pilot's report obligation; {@code publishedAt} is null until the report is out. */
  public record Obligation(String processInstanceId, String reference, String title, Instant stoppedAt,
      Instant dueAt, Instant publishedAt) {

    public ReportStatus statusAt(Instant now) {
      return ReportStatus.of(dueAt, publishedAt, now);
    }
  }

  private final JdbcTemplate jdbc;

  ReportObligations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the obligation when a pilot stops; recording it again (a retried step) changes nothing. */
  public void owe(String processInstanceId, String reference, String title, Instant stoppedAt, Instant dueAt) {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM report_obligation WHERE process_instance_id = ?",
        Integer.class, processInstanceId);
    if (existing == null || existing == 0) {
      jdbc.update("INSERT INTO report_obligation (process_instance_id, reference, title, stopped_at, due_at) "
          + "VALUES (?, ?, ?, ?, ?)", processInstanceId, reference, title, Timestamp.from(stoppedAt),
          Timestamp.from(dueAt));
    }
  }

  /** Marks the obligation met, the first time a report is published for the pilot (none for a scaled pilot). */
  public void published(String processInstanceId, Instant publishedAt) {
    jdbc.update("UPDATE report_obligation SET published_at = ? WHERE process_instance_id = ? AND published_at IS NULL",
        Timestamp.from(publishedAt), processInstanceId);
  }

  public List<Obligation> all() {
    return jdbc.query("SELECT * FROM report_obligation ORDER BY stopped_at DESC", (row, n) -> new Obligation(
        row.getString("process_instance_id"), row.getString("reference"), row.getString("title"),
        row.getTimestamp("stopped_at").toInstant(), row.getTimestamp("due_at").toInstant(),
        row.getTimestamp("published_at") == null ? null : row.getTimestamp("published_at").toInstant()));
  }
}
