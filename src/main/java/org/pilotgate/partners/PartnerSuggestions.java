package org.pilotgate.partners;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Partners champions suggested to a pilot before its trial was planned (table {@code partner_suggestion}). */
@Repository
public class PartnerSuggestions {

  /** One suggestion, with the partner's name as the register holds it now. */
  public record Suggestion(long partnerId, String partnerName, String note, String suggestedBy) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PartnerSuggestions(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds the suggestion; a partner suggested to the pilot before keeps its first suggestion. */
  public void suggest(String pilotReference, long partnerId, String note, String by) {
    jdbc.update("INSERT INTO partner_suggestion (pilot_reference, partner_id, note, suggested_by, suggested_at) "
        + "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM partner_suggestion WHERE pilot_reference = ? "
        + "AND partner_id = ?)", pilotReference, partnerId, note, by, Timestamp.from(clock.instant()),
        pilotReference, partnerId);
  }

  /** Oldest first. */
  public List<Suggestion> of(String pilotReference) {
    return jdbc.query("SELECT s.partner_id, p.name, s.note, s.suggested_by FROM partner_suggestion s "
        + "JOIN partner p ON p.id = s.partner_id WHERE s.pilot_reference = ? ORDER BY s.suggested_at, p.name",
        (rs, row) -> new Suggestion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), pilotReference);
  }
}
