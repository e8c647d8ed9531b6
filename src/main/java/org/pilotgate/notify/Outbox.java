package org.pilotgate.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table {@code mail_outbox}. Mails are written in the transaction of the step that causes them and
 * delivered later by {@link OutboxSender}, which claims each row first so that two nodes never
 * deliver the same one.
 */
@Repository
class Outbox {

  private final JdbcTemplate jdbc;

  Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the mail unless this event was already mailed to this person; false if it was. Two
   * transactions enqueueing the same event at once would both pass the check: the unique key then
   * fails the later one, which is retried like any other conflict.
   */
  boolean enqueue(Mail mail, Instant now) {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE event_key = ? AND recipient = ?",
        Integer.class, mail.eventKey(), mail.to().userId());
    if (existing != null && existing > 0) {
      return false;
    }
    jdbc.update("INSERT INTO mail_outbox (event_key, recipient, address, kind, subject, text_body, html_body,"
            + " created_at, state, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)",
        mail.eventKey(), mail.to().userId(), mail.to().address(), mail.kind().name(), mail.subject(), mail.text(),
        mail.html(), Timestamp.from(now), Timestamp.from(now));
    return true;
  }

  /**
   * Ids of mails due for an attempt that no node is delivering, longest due first: a mail that just
   * failed goes behind the others.
   */
  List<Long> due(Instant now, int limit) {
    return jdbc.queryForList("SELECT id FROM mail_outbox WHERE state = 'PENDING' AND next_attempt_at <= ?"
        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id LIMIT ?", Long.class,
        Timestamp.from(now), Timestamp.from(now), limit);
  }

  /** Takes the mail for {@code holder} until {@code until}; false if another node has it or it is done. */
  boolean claim(long id, String holder, Instant now, Instant until) {
    return jdbc.update("UPDATE mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND state = 'PENDING'"
        + " AND (claimed_until IS NULL OR claimed_until < ?)", holder, Timestamp.from(until), id, Timestamp.from(now)) == 1;
  }

  PendingMail pending(long id) {
    return jdbc.queryForObject("SELECT id, address, subject, text_body, html_body, attempts FROM mail_outbox WHERE id = ?",
        (row, n) -> new PendingMail(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
            row.getString(5), row.getInt(6)), id);
  }

  void sent(long id, String holder, Instant now) {
    jdbc.update("UPDATE mail_outbox SET state = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_by = NULL,"
        + " claimed_until = NULL WHERE id = ? AND claimed_by = ?", Timestamp.from(now), id, holder);
  }

  /** Records a failed attempt: tried again at {@code nextAttempt}, or never if {@code givenUp}. */
  void failed(long id, String holder, String error, Instant nextAttempt, boolean givenUp) {
    jdbc.update("UPDATE mail_outbox SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
            + " claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
        givenUp ? "FAILED" : "PENDING", error.length() > 1000 ? error.substring(0, 1000) : error,
        Timestamp.from(nextAttempt), id, holder);
  }

  /** Deletes mails sent before {@code before}; returns how many. */
  int forgetSentBefore(Instant before) {
    return jdbc.update("DELETE FROM mail_outbox WHERE state = 'SENT' AND sent_at < ?", Timestamp.from(before));
  }
}
