package org.pilotgate.library.peers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code peer_library}: per followed library, the import's cursor, ETag and health. */
@Repository
class PeerLibraries {

  static final int MAX_ERROR_LENGTH = 500;

  private final JdbcTemplate jdbc;

  PeerLibraries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PeerStatus> find(String url) {
    return jdbc.query("SELECT * FROM peer_library WHERE url = ?", PeerLibraries::toStatus, url).stream().findFirst();
  }

  /** The peer's row, made if it has none yet (another node may make it at the same moment). */
  PeerStatus findOrCreate(String url) {
    return find(url).orElseGet(() -> {
      try {
        jdbc.update("INSERT INTO peer_library (url) VALUES (?)", url);
      } catch (DuplicateKeyException madeByAnotherNode) {
        // fine: it exists now
      }
      return find(url).orElseThrow();
    });
  }

  /** A page was read: the cursor moves on and the reports stored from it are counted. */
  void advance(String url, long lastSequence, String etag, int imported) {
    jdbc.update("UPDATE peer_library SET last_sequence = ?, etag = ?, reports_imported = reports_imported + ? "
        + "WHERE url = ?", lastSequence, truncate(etag, 200), imported, url);
  }

  void succeeded(String url, Instant at, Instant nextAttemptAt, String note) {
    jdbc.update("UPDATE peer_library SET last_attempt_at = ?, last_success_at = ?, last_error = ?, "
            + "consecutive_failures = 0, next_attempt_at = ? WHERE url = ?",
        Timestamp.from(at), Timestamp.from(at), truncate(note, MAX_ERROR_LENGTH), Timestamp.from(nextAttemptAt), url);
  }

  void failed(String url, Instant at, String error, int consecutiveFailures, Instant nextAttemptAt) {
    jdbc.update("UPDATE peer_library SET last_attempt_at = ?, last_error = ?, consecutive_failures = ?, "
            + "next_attempt_at = ? WHERE url = ?",
        Timestamp.from(at), truncate(error, MAX_ERROR_LENGTH), consecutiveFailures, Timestamp.from(nextAttemptAt), url);
  }

  static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static PeerStatus toStatus(ResultSet row, int rowNumber) throws SQLException {
    return new PeerStatus(row.getString("url"), null, row.getLong("last_sequence"), row.getString("etag"),
        instant(row, "last_attempt_at"), instant(row, "last_success_at"), row.getString("last_error"),
        row.getInt("consecutive_failures"), instant(row, "next_attempt_at"), row.getLong("reports_imported"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
