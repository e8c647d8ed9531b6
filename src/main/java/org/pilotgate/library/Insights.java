package org.pilotgate.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's insight notes (table {@code insight}): one per quarterly process, written, returned,
 * revised and at last published, never twice. Only published notes are public.
 */
@Component
public class Insights {

  /** Where a published insight's public page is. */
  public static String path(long id) {
    return "/library/insights/" + id;
  }

  private static final String COLUMNS = "id, process_instance_id, council, title, body, status, written_by, "
      + "review_comments, published_at";

  private final JdbcTemplate jdbc;

  Insights(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the note a quarter's process is about, or its revision, and sends it for review. */
  @Transactional
  public Insight write(String processInstanceId, String council, String title, String body, List<String> reports,
      String writer, Instant at) {
    Optional<Insight> earlier = of(processInstanceId);
    if (earlier.isPresent() && earlier.get().isPublished()) {
      throw new IllegalStateException("The insight \"" + earlier.get().title() + "\" is published already: it stands.");
    }
    long id;
    if (earlier.isEmpty()) {
      jdbc.update("INSERT INTO insight (process_instance_id, council, title, body, status, written_by, written_at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?)", processInstanceId, council, title, body, Insight.Status.IN_REVIEW.name(),
          writer, Timestamp.from(at));
      id = of(processInstanceId).orElseThrow().id();
    } else {
      id = earlier.get().id();
      jdbc.update("UPDATE insight SET title = ?, body = ?, status = ?, written_at = ? WHERE id = ?", title, body,
          Insight.Status.IN_REVIEW.name(), Timestamp.from(at), id);
      jdbc.update("DELETE FROM insight_report WHERE insight_id = ?", id);
    }
    for (int position = 0; position < reports.size(); position++) {
      jdbc.update("INSERT INTO insight_report (insight_id, position, global_id) VALUES (?, ?, ?)", id, position,
          reports.get(position));
    }
    return find(id).orElseThrow();
  }

  /** Publishes the note under review; false when it is not under review (published already, say). */
  public boolean publish(String processInstanceId, String reviewer, Instant at) {
    return jdbc.update("UPDATE insight SET status = ?, reviewed_by = ?, published_at = ?, review_comments = NULL "
        + "WHERE process_instance_id = ? AND status = ?", Insight.Status.PUBLISHED.name(), reviewer,
        Timestamp.from(at), processInstanceId, Insight.Status.IN_REVIEW.name()) == 1;
  }

  /** Returns the note under review to its writer with the reviewer's comments. */
  public boolean giveBack(String processInstanceId, String reviewer, String comments) {
    return jdbc.update("UPDATE insight SET status = ?, reviewed_by = ?, review_comments = ? "
        + "WHERE process_instance_id = ? AND status = ?", Insight.Status.RETURNED.name(), reviewer, comments,
        processInstanceId, Insight.Status.IN_REVIEW.name()) == 1;
  }

  public Optional<Insight> of(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM insight WHERE process_instance_id = ?", this::insight,
        processInstanceId).stream().findFirst();
  }

  public Optional<Insight> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM insight WHERE id = ?", this::insight, id).stream().findFirst();
  }

  /** A published note; empty for one not (yet) approved, so the public never sees a draft. */
  public Optional<Insight> published(long id) {
    return find(id).filter(Insight::isPublished);
  }

  /** Every published note, newest first. */
  public List<Insight> published() {
    return jdbc.query("SELECT " + COLUMNS + " FROM insight WHERE status = ? ORDER BY published_at DESC, id DESC",
        this::insight, Insight.Status.PUBLISHED.name());
  }

  private Insight insight(ResultSet row, int index) throws SQLException {
    long id = row.getLong("id");
    Timestamp published = row.getTimestamp("published_at");
    return new Insight(id, row.getString("process_instance_id"), row.getString("council"), row.getString("title"),
        row.getString("body"), jdbc.queryForList("SELECT global_id FROM insight_report WHERE insight_id = ? "
            + "ORDER BY position", String.class, id),
        Insight.Status.valueOf(row.getString("status")), row.getString("written_by"),
        row.getString("review_comments"), published == null ? null : published.toInstant());
  }
}
