package org.pilotgate.partners;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pilotgate.partners.PartnerDetails.Contact;
import org.pilotgate.partners.PartnerDetails.DataSharing;
import org.pilotgate.partners.PartnerDetails.Sector;
import org.pilotgate.partners.PartnerDetails.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner register (tables {@code partner}, {@code partner_area}, {@code partner_resident_group}).
 * A council's register holds hundreds of organisations, not millions, so readers get it whole.
 */
@Repository
public class PartnerRegister {

  private static final String COLUMNS = "id, name, sector, kind, touchpoints, contact_name, contact_email, "
      + "contact_phone, data_sharing, status, version, created_by, created_at, updated_by, updated_at";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PartnerRegister(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every partner, by name. */
  public List<Partner> all() {
    return withLists(jdbc.query("SELECT " + COLUMNS + " FROM partner", PartnerRegister::partner), "").stream()
        .sorted(Comparator.comparing(partner -> partner.details().name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  public Optional<Partner> find(long id) {
    return withLists(jdbc.query("SELECT " + COLUMNS + " FROM partner WHERE id = ?", PartnerRegister::partner, id),
        " WHERE partner_id = ?", id).stream().findFirst();
  }

  public boolean isEmpty() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM partner", Long.class) == 0;
  }

  /** Adds a partner; returns its id. */
  @Transactional
  public long add(PartnerDetails details, String by) {
    refuseTakenName(details.name(), null);
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("INSERT INTO partner (name, normalised_name, sector, kind, touchpoints, "
          + "contact_name, contact_email, contact_phone, data_sharing, status, version, created_by, created_at, "
          + "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)", new String[] {"id"});
      int next = fill(insert, details);
      insert.setString(next++, by);
      insert.setTimestamp(next++, Timestamp.from(now));
      insert.setString(next++, by);
      insert.setTimestamp(next, Timestamp.from(now));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    insertLists(id, details);
    return id;
  }

  /** Adds every partner or, if any cannot be added, none. */
  @Transactional
  public void addAll(List<PartnerDetails> partners, String by) {
    partners.forEach(details -> add(details, by));
  }

  /**
   * Replaces a partner's details, if nobody changed it since {@code version}.
   *
   * @throws ChangedBySomeoneElse if somebody did (or it is gone)
   */
  @Transactional
  public void change(long id, int version, PartnerDetails details, String by) {
    refuseTakenName(details.name(), id);
    int changed = jdbc.update(connection -> {
      var update = connection.prepareStatement("UPDATE partner SET name = ?, normalised_name = ?, sector = ?, kind = ?, "
          + "touchpoints = ?, contact_name = ?, contact_email = ?, contact_phone = ?, data_sharing = ?, status = ?, "
          + "version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?");
      int next = fill(update, details);
      update.setString(next++, by);
      update.setTimestamp(next++, Timestamp.from(clock.instant()));
      update.setLong(next++, id);
      update.setInt(next, version);
      return update;
    });
    if (changed == 0) {
      throw new ChangedBySomeoneElse(details.name());
    }
    jdbc.update("DELETE FROM partner_area WHERE partner_id = ?", id);
    jdbc.update("DELETE FROM partner_resident_group WHERE partner_id = ?", id);
    insertLists(id, details);
  }

  private void refuseTakenName(String name, Long except) {
    List<Long> holders = jdbc.queryForList("SELECT id FROM partner WHERE normalised_name = ?", Long.class,
        PartnerDetails.normalised(name));
    if (holders.stream().anyMatch(holder -> !holder.equals(except))) {
      throw new NameTaken(name);
    }
  }

  private static int fill(PreparedStatement statement, PartnerDetails details) throws SQLException {
    int next = 1;
    statement.setString(next++, details.name());
    statement.setString(next++, PartnerDetails.normalised(details.name()));
    statement.setString(next++, details.sector().name());
    statement.setString(next++, details.kind());
    statement.setString(next++, details.touchpoints());
    statement.setString(next++, details.contact().name());
    statement.setString(next++, details.contact().email());
    statement.setString(next++, details.contact().phone());
    statement.setString(next++, details.dataSharing().name());
    statement.setString(next++, details.status().name());
    return next;
  }

  private void insertLists(long id, PartnerDetails details) {
    details.areas().forEach(area -> jdbc.update("INSERT INTO partner_area (partner_id, area) VALUES (?, ?)", id, area));
    details.residentGroups().forEach(group -> jdbc.update(
        "INSERT INTO partner_resident_group (partner_id, resident_group) VALUES (?, ?)", id, group));
  }

  /** The rows with their areas and groups, which {@code where} and its {@code arguments} narrow to the same partners. */
  private List<Partner> withLists(List<Row> rows, String where, Object... arguments) {
    Map<Long, List<String>> areas = lists("SELECT partner_id, area FROM partner_area" + where, arguments);
    Map<Long, List<String>> groups = lists("SELECT partner_id, resident_group FROM partner_resident_group" + where,
        arguments);
    return rows.stream().map(row -> row.partner(areas.getOrDefault(row.id, List.of()),
        groups.getOrDefault(row.id, List.of()))).toList();
  }

  private Map<Long, List<String>> lists(String query, Object... arguments) {
    Map<Long, List<String>> lists = new HashMap<>();
    jdbc.query(query, (ResultSet rs) -> {
      lists.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
    }, arguments);
    return lists;
  }

  private record Row(long id, String name, Sector sector, String kind, String touchpoints, Contact contact,
      DataSharing dataSharing, Status status, int version, String createdBy, Instant createdAt, String updatedBy,
      Instant updatedAt) {

    Partner partner(List<String> areas, List<String> groups) {
      return new Partner(id, new PartnerDetails(name, sector, kind, areas, touchpoints, groups, contact, dataSharing,
          status), version, createdBy, createdAt, updatedBy, updatedAt);
    }
  }

  private static Row partner(ResultSet rs, int row) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("name"), Sector.valueOf(rs.getString("sector")), rs.getString("kind"),
        rs.getString("touchpoints"), new Contact(rs.getString("contact_name"), rs.getString("contact_email"),
            rs.getString("contact_phone")), DataSharing.valueOf(rs.getString("data_sharing")),
        Status.valueOf(rs.getString("status")), rs.getInt("version"), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
  }
}
