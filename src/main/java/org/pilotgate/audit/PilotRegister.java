package org.pilotgate.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilotgate.Databases;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The pilot register (tables {@code pilot_register} and {@code pilot_register_person}): one row per
 * pilot with what auditors filter on, and who worked on it as what. Written in the transaction of
 * the step that changes the pilot; searched without touching Camunda's history.
 */
@Repository
public class PilotRegister {

  /** A pilot as the register holds it. */
  public record Pilot(String reference, @JsonIgnore String processInstanceId, String title, String serviceArea,
      PilotStatus status, String proposer, Instant proposedAt, Instant endedAt, String recommendation,
      String decision, boolean overrodeRecommendation) {}

  /**
   * One page of a search, newest first, and how many pilots match in all.
   *
   * @param total how many pilots match; when {@code moreThanTotal}, only that more than this many do
   * @param moreThanTotal the matches were counted up to a limit and went past it
   */
  public record Page(long total, boolean moreThanTotal, int page, int size, List<Pilot> pilots) {

    /** The pages known to exist: while results are counted up to a limit, up to the next one if this page is full. */
    public int pages() {
      if (moreThanTotal) {
        return pilots.size() == size ? page + 1 : page;
      }
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /** Counting every match of a broad filter reads most of the register; a search counts exactly up to this. */
  static final int EXACT_COUNT_LIMIT = 10_000;

  /** The process variables the register copies, and the columns they go to. */
  private static final Map<String, String> COLUMN_OF_VARIABLE = Map.of(
      RegistrationRecord.TITLE, "title",
      RegistrationRecord.SERVICE_AREA, "service_area",
      PilotRecords.RECOMMENDATION_VARIABLE, "recommendation",
      GateRuling.DECISION, "decision");

  private final JdbcTemplate jdbc;
  private final ZoneId zone;
  private final boolean postgres;
  private final int exactCountLimit;

  PilotRegister(JdbcTemplate jdbc, PilotGateProperties properties,
      @Value("${pilotgate.audit.exact-count-limit:" + EXACT_COUNT_LIMIT + "}") int exactCountLimit) {
    this.jdbc = jdbc;
    this.zone = properties.zone();
    this.exactCountLimit = exactCountLimit;
    this.postgres = Databases.isPostgres(jdbc);
  }

  /** Adds a pilot (unless another node just did) with its proposer as an officer. */
  void add(Pilot pilot) {
    jdbc.update(insertUnlessPresent("pilot_register", "reference, process_instance_id, title, service_area, status, "
        + "proposer, proposed_at, ended_at, recommendation, decision, overrode_recommendation", "reference",
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), pilot.reference(), pilot.processInstanceId(), pilot.title(),
        pilot.serviceArea(), pilot.status().name(), pilot.proposer(), timestamp(pilot.proposedAt()),
        timestamp(pilot.endedAt()), pilot.recommendation(), pilot.decision(), pilot.overrodeRecommendation());
    if (pilot.proposer() != null) {
      worked(pilot.processInstanceId(), pilot.proposer(), PilotRole.OFFICER);
    }
  }

  void status(String processInstanceId, PilotStatus status) {
    jdbc.update("UPDATE pilot_register SET status = ? WHERE process_instance_id = ?", status.name(),
        processInstanceId);
  }

  /** The pilot ended: cancelled by an operator, or where its last step left it. */
  void ended(String processInstanceId, Instant at, boolean cancelled) {
    jdbc.update("UPDATE pilot_register SET ended_at = ?, status = CASE WHEN ? THEN 'CANCELLED' ELSE status END "
        + "WHERE process_instance_id = ?", timestamp(at), cancelled, processInstanceId);
  }

  /** A process variable changed; the register keeps the ones it copies. */
  void variableChanged(String processInstanceId, String name, Object value) {
    String column = COLUMN_OF_VARIABLE.get(name);
    if (column != null) {
      jdbc.update("UPDATE pilot_register SET " + column + " = ? WHERE process_instance_id = ?",
          value == null ? null : value.toString(), processInstanceId);
    } else if (GateRuling.RECOMMENDATION_FOLLOWED.equals(name) && Boolean.FALSE.equals(value)) {
      // once overridden, always: a later gate that follows its recommendation does not undo the first
      jdbc.update("UPDATE pilot_register SET overrode_recommendation = TRUE WHERE process_instance_id = ?",
          processInstanceId);
    }
  }

  /** {@code userId} worked on the pilot as {@code role}; recorded once however often. */
  void worked(String processInstanceId, String userId, PilotRole role) {
    jdbc.update(insertUnlessPresent("pilot_register_person", "reference, user_id, role", "reference, user_id, role",
        "SELECT reference, ?, ? FROM pilot_register WHERE process_instance_id = ?"), userId, role.name(),
        processInstanceId);
  }

  /** The pilots matching every filter given, newest proposal first, counted exactly up to the limit. */
  public Page find(PilotSearch search) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> arguments = new ArrayList<>();
    filter(where, arguments, " AND r.status = ?", search.status() == null ? null : search.status().name());
    filter(where, arguments, " AND r.service_area = ?", search.serviceArea());
    filter(where, arguments, " AND r.proposed_at >= ?",
        search.from() == null ? null : timestamp(search.from().atStartOfDay(zone).toInstant()));
    filter(where, arguments, " AND r.proposed_at < ?",
        search.to() == null ? null : timestamp(search.to().plusDays(1).atStartOfDay(zone).toInstant()));
    filter(where, arguments, " AND r.decision = ?", search.decision() == null ? null : search.decision().name());
    filter(where, arguments, " AND r.overrode_recommendation = ?", search.overrodeRecommendation());
    if (search.person() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM pilot_register_person p WHERE p.reference = r.reference"
          + " AND p.user_id = ?");
      arguments.add(search.person());
      filter(where, arguments, " AND p.role = ?", search.role() == null ? null : search.role().name());
      where.append(')');
    }
    List<Object> countArguments = new ArrayList<>(arguments);
    countArguments.add(exactCountLimit + 1);
    long counted = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM pilot_register r" + where
        + " LIMIT ?) matches", Long.class, countArguments.toArray());
    List<Object> pageArguments = new ArrayList<>(arguments);
    pageArguments.add(search.size());
    pageArguments.add((long) (search.page() - 1) * search.size());
    List<Pilot> pilots = jdbc.query("SELECT r.* FROM pilot_register r" + where
        + " ORDER BY r.proposed_at DESC, r.reference LIMIT ? OFFSET ?", (row, n) -> pilot(row),
        pageArguments.toArray());
    return new Page(Math.min(counted, exactCountLimit), counted > exactCountLimit, search.page(), search.size(),
        pilots);
  }

  /**
   * The pilots {@code userId} is involved in, newest proposal first: those they proposed or worked
   * on, and those among {@code alsoProcessInstanceIds} (pilots with a task waiting for them). Found
   * from the person's own rows, so the time taken grows with their pilots, not with all pilots.
   */
  public Page involving(String userId, Collection<String> alsoProcessInstanceIds, int page, int size) {
    StringBuilder mine = new StringBuilder("SELECT p.reference FROM pilot_register_person p WHERE p.user_id = ?");
    List<Object> arguments = new ArrayList<>(List.of(userId));
    if (!alsoProcessInstanceIds.isEmpty()) {
      mine.append(" UNION SELECT w.reference FROM pilot_register w WHERE w.process_instance_id IN (")
          .append(String.join(", ", Collections.nCopies(alsoProcessInstanceIds.size(), "?"))).append(')');
      arguments.addAll(alsoProcessInstanceIds);
    }
    String from = " FROM pilot_register r JOIN (" + mine + ") mine ON mine.reference = r.reference";
    long total = jdbc.queryForObject("SELECT COUNT(*)" + from, Long.class, arguments.toArray());
    arguments.add(size);
    arguments.add((long) page * size);
    List<Pilot> pilots = jdbc.query("SELECT r.*" + from + " ORDER BY r.proposed_at DESC, r.reference LIMIT ? OFFSET ?",
        (row, n) -> pilot(row), arguments.toArray());
    return new Page(total, false, page, size, pilots);
  }

  public Optional<Pilot> withReference(String reference) {
    return jdbc.query("SELECT * FROM pilot_register WHERE reference = ?", (row, n) -> pilot(row), reference)
        .stream().findFirst();
  }

  /** Whether {@code userId} proposed or worked on the pilot. */
  public boolean involves(String reference, String userId) {
    return !jdbc.queryForList("SELECT 1 FROM pilot_register_person WHERE reference = ? AND user_id = ?",
        Integer.class, reference, userId).isEmpty();
  }

  private static void filter(StringBuilder where, List<Object> arguments, String condition, Object value) {
    if (value != null) {
      where.append(condition);
      arguments.add(value);
    }
  }

  /**
   * An INSERT that leaves an existing row alone. PostgreSQL's ON CONFLICT holds when two nodes
   * insert at once; H2 (one node, the demo) merges instead.
   */
  private String insertUnlessPresent(String table, String columns, String key, String rows) {
    return postgres
        ? "INSERT INTO " + table + " (" + columns + ") " + rows + " ON CONFLICT (" + key + ") DO NOTHING"
        : "MERGE INTO " + table + " (" + columns + ") KEY (" + key + ") " + rows;
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Pilot pilot(ResultSet row) throws SQLException {
    OffsetDateTime ended = row.getObject("ended_at", OffsetDateTime.class);
    return new Pilot(row.getString("reference"), row.getString("process_instance_id"), row.getString("title"),
        row.getString("service_area"), PilotStatus.valueOf(row.getString("status")), row.getString("proposer"),
        row.getObject("proposed_at", OffsetDateTime.class).toInstant(), ended == null ? null : ended.toInstant(),
        row.getString("recommendation"), row.getString("decision"), row.getBoolean("overrode_recommendation"));
  }
}
