package org.pilotgate.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pilotgate.process.ProcessData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The library's reports in PilotGate's own table: the only source of truth; the search index is rebuilt from it. */
@Repository
public class LibraryStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  LibraryStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Stores a report this council published, unless this pilot's report is already there: a
   * retried publish never makes a second one. Returns whether it was stored now. A report id that
   * already belongs to another pilot (or to a peer's report) is refused loudly: publishing must never
   * count someone else's report as this pilot's.
   */
  public boolean publishOnce(ReportDocument report, String processInstanceId) {
    List<String> owners = jdbc.queryForList("SELECT COALESCE(process_instance_id, origin) FROM published_report "
        + "WHERE global_id = ? OR process_instance_id = ?", String.class, report.globalId(), processInstanceId);
    if (owners.stream().anyMatch(owner -> !owner.equals(processInstanceId))) {
      throw new IllegalStateException("The library already holds a report " + report.globalId()
          + " that is not pilot " + processInstanceId + "'s: nothing was published");
    }
    if (!owners.isEmpty()) {
      return false;
    }
    insert(report, PublishedReport.LOCAL, processInstanceId);
    return true;
  }

  /** Stores a report imported from a peer's library, unless it is here already. */
  public boolean importOnce(ReportDocument report, String origin) {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM published_report WHERE global_id = ?",
        Integer.class, report.globalId());
    if (existing != null && existing > 0) {
      return false;
    }
    insert(report, origin, null);
    return true;
  }

  public Optional<PublishedReport> find(String globalId) {
    return jdbc.query("SELECT * FROM published_report WHERE global_id = ?", this::toReport, globalId)
        .stream().findFirst();
  }

  /** This council's report of the pilot with that reference. */
  public Optional<PublishedReport> findLocal(String reference) {
    return jdbc.query("SELECT * FROM published_report WHERE reference = ? AND origin = ?", this::toReport,
        reference, PublishedReport.LOCAL).stream().findFirst();
  }

  /** The global ids of the reports these pilots (process instance ids) published, by process instance id. */
  public Map<String, String> globalIdsPublishedBy(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> ids = new HashMap<>();
    jdbc.query("SELECT process_instance_id, global_id FROM published_report WHERE process_instance_id IN ("
        + String.join(", ", Collections.nCopies(processInstanceIds.size(), "?")) + ")",
        (RowCallbackHandler) row -> ids.put(row.getString("process_instance_id"), row.getString("global_id")),
        processInstanceIds.toArray());
    return ids;
  }

  /**
   * Reports that arrived after {@code sequence}, oldest first: how the index, feeds and peers catch up.
   * The limit is in the SQL, so PostgreSQL reads them along the arrival index instead of sorting the rest.
   */
  public List<PublishedReport> after(long sequence, int limit) {
    return jdbc.query("SELECT * FROM published_report WHERE sequence_number > ? ORDER BY sequence_number LIMIT ?",
        this::toReport, sequence, limit);
  }

  /**
   * This council's own reports that arrived after {@code sequence}, oldest first, up to a gap in
   * the arrival numbers that may still fill (see {@link ArrivalOrder}): what peers import, so a
   * peer never moves past a report still being committed on another node.
   */
  public List<PublishedReport> localAfter(long sequence, int limit) {
    List<PublishedReport> local = new java.util.ArrayList<>();
    long cursor = sequence;
    while (local.size() < limit) {
      List<PublishedReport> rows = after(cursor, Math.max(limit, 500));
      List<PublishedReport> settled = ArrivalOrder.settled(cursor, rows, clock.instant());
      settled.stream().filter(PublishedReport::isLocal).limit(limit - local.size()).forEach(local::add);
      if (settled.size() < rows.size() || rows.isEmpty()) {
        break;
      }
      cursor = rows.get(rows.size() - 1).sequence();
    }
    return local;
  }

  public List<PublishedReport> newest(int limit) {
    return jdbc.query("SELECT * FROM published_report ORDER BY sequence_number DESC LIMIT ?", this::toReport, limit);
  }

  /**
   * This database's identity, made once by whichever node asks first: a search index built from
   * another database (or from a copy restored under a new identity) is then told apart.
   */
  public String databaseIdentity() {
    List<String> known = jdbc.queryForList("SELECT id FROM library_identity WHERE name = 'database'", String.class);
    if (!known.isEmpty()) {
      return known.get(0);
    }
    try {
      jdbc.update("INSERT INTO library_identity (name, id) VALUES ('database', ?)", UUID.randomUUID().toString());
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // the other node's identity is read below
    }
    return jdbc.queryForObject("SELECT id FROM library_identity WHERE name = 'database'", String.class);
  }

  /** The global id of the report that arrived with this number, if there is one. */
  public Optional<String> globalIdAt(long sequence) {
    return jdbc.queryForList("SELECT global_id FROM published_report WHERE sequence_number = ?", String.class,
        sequence).stream().findFirst();
  }

  public long count() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM published_report", Long.class);
    return count == null ? 0 : count;
  }

  private void insert(ReportDocument report, String origin, String processInstanceId) {
    jdbc.update("INSERT INTO published_report (global_id, council, reference, origin, process_instance_id, "
            + "outcome, title, service_area, published_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        report.globalId(), report.council(), report.reference(), origin, processInstanceId, report.outcome(),
        report.title(), report.serviceArea(), Timestamp.from(report.publishedAt()), ProcessData.write(report));
  }

  private PublishedReport toReport(ResultSet row, int rowNumber) throws SQLException {
    return new PublishedReport(ProcessData.read(row.getString("document"), ReportDocument.class),
        row.getString("origin"), row.getLong("sequence_number"));
  }
}
