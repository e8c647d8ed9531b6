package org.pilotgate.partners;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which register partner each pilot named (table {@code pilot_partner}). A name found in the register
 * when the proposal is submitted is linked at once; any other waits for a champion, who confirms it
 * into the register, matches it to a partner already there, or declines it.
 */
@Repository
public class PilotPartnerLinks {

  public enum State { REGISTERED, WAITING, CONFIRMED, MATCHED, DECLINED }

  /** One name a pilot gave; {@code partnerId} is null until it is linked. */
  public record Link(long id, String pilotReference, String namedAs, Long partnerId, State state, String decidedBy) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PilotPartnerLinks(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records that the pilot named {@code name}, linked to the register entry of that name if there is
   * one; a name it named before is left as it is. Returns the new link, or empty for a name seen before.
   */
  public Optional<Link> named(String pilotReference, String name) {
    String normalised = PartnerDetails.normalised(name);
    if (find(pilotReference, normalised).isPresent()) {
      return Optional.empty();
    }
    Long partner = jdbc.queryForList("SELECT id FROM partner WHERE normalised_name = ?", Long.class, normalised)
        .stream().findFirst().orElse(null);
    jdbc.update("INSERT INTO pilot_partner (pilot_reference, named_as, normalised_name, partner_id, state) "
        + "VALUES (?, ?, ?, ?, ?)", pilotReference, name, normalised, partner,
        (partner == null ? State.WAITING : State.REGISTERED).name());
    return find(pilotReference, normalised);
  }

  public Optional<Link> find(long id) {
    return jdbc.query("SELECT * FROM pilot_partner WHERE id = ?", PilotPartnerLinks::link, id).stream().findFirst();
  }

  /** A champion's answer to a waiting name: linked to {@code partnerId} (CONFIRMED, MATCHED) or DECLINED. */
  public void decided(long id, State state, Long partnerId, String reason, String by) {
    int changed = jdbc.update("UPDATE pilot_partner SET state = ?, partner_id = ?, decline_reason = ?, decided_by = ?, "
        + "decided_at = ? WHERE id = ? AND state = ?", state.name(), partnerId, reason, by,
        Timestamp.from(clock.instant()), id, State.WAITING.name());
    if (changed == 0) {
      throw new IllegalStateException("The partner name " + id + " was already settled");
    }
  }

  /** The references of the pilots linked to the partner. */
  public List<String> pilotsOf(long partnerId) {
    return jdbc.queryForList("SELECT pilot_reference FROM pilot_partner WHERE partner_id = ? ORDER BY id", String.class,
        partnerId);
  }

  /** The partners the pilot is linked to. */
  public List<Long> partnersOf(String pilotReference) {
    return jdbc.queryForList("SELECT partner_id FROM pilot_partner WHERE pilot_reference = ? AND partner_id IS NOT NULL "
        + "ORDER BY id", Long.class, pilotReference);
  }

  private Optional<Link> find(String pilotReference, String normalised) {
    return jdbc.query("SELECT * FROM pilot_partner WHERE pilot_reference = ? AND normalised_name = ?",
        PilotPartnerLinks::link, pilotReference, normalised).stream().findFirst();
  }

  private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    long partner = rs.getLong("partner_id");
    return new Link(rs.getLong("id"), rs.getString("pilot_reference"), rs.getString("named_as"),
        rs.wasNull() ? null : partner, State.valueOf(rs.getString("state")), rs.getString("decided_by"));
  }
}
