package org.pilotgate.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pilotgate.process.ProcessData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The published reports, stored in PilotGate's own table. */
@Repository
public class LibraryReports {

  private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "into", "our", "pilot",
      "trial", "scheme", "project", "new", "using", "via", "that", "this", "are", "was", "will");

  private final JdbcTemplate jdbc;

  LibraryReports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the report unless this pilot's report is already there. Returns false for a repeat,
   * so a retried publish step never makes a second report.
   */
  public boolean publishOnce(LibraryReport report) {
    Integer existing = jdbc.queryForObject(
        "SELECT COUNT(*) FROM library_report WHERE id = ? OR process_instance_id = ?", Integer.class,
        report.id(), report.processInstanceId());
    if (existing != null && existing > 0) {
      return false;
    }
    jdbc.update("INSERT INTO library_report (id, global_id, process_instance_id, outcome, title, service_area, "
            + "council, published_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        report.id(), report.globalId(), report.processInstanceId(), report.outcome(), report.title(),
        report.serviceArea(), report.council(), Timestamp.from(report.publishedAt()),
        ProcessData.write(report.content()));
    return true;
  }

  public Optional<LibraryReport> find(String id) {
    return jdbc.query("SELECT * FROM library_report WHERE id = ?", this::toReport, id).stream().findFirst();
  }

  /** Reports sharing at least one meaningful word with {@code title}, most shared words first. */
  public List<LibraryReport> sharingTitleWords(String title, int limit) {
    Set<String> words = meaningfulWords(title);
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> conditions = new ArrayList<>();
    List<Object> patterns = new ArrayList<>();
    for (String word : words) {
      conditions.add("LOWER(title) LIKE ?");
      patterns.add("%" + word + "%");
    }
    List<LibraryReport> candidates = jdbc.query(
        "SELECT * FROM library_report WHERE " + String.join(" OR ", conditions), this::toReport, patterns.toArray());
    return candidates.stream()
        .sorted(Comparator.comparingLong((LibraryReport r) -> sharedWords(words, r.title())).reversed()
            .thenComparing(LibraryReport::publishedAt, Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }

  static Set<String> meaningfulWords(String text) {
    Set<String> words = new TreeSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static long sharedWords(Set<String> words, String title) {
    Set<String> titleWords = meaningfulWords(title);
    return words.stream().filter(titleWords::contains).count();
  }

  @SuppressWarnings("unchecked")
  private LibraryReport toReport(ResultSet row, int rowNumber) throws SQLException {
    return new LibraryReport(row.getString("id"), row.getString("global_id"), row.getString("process_instance_id"),
        row.getString("outcome"), row.getString("title"), row.getString("service_area"), row.getString("council"),
        row.getTimestamp("published_at").toInstant(), ProcessData.read(row.getString("content"), Map.class));
  }
}
