package org.pilotgate.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well stopped pilots are reported, per year the pilots stopped: how many reports are ongoing,
 * overdue, on time and late, and the share reported on time among those due.
 */
public record Compliance(List<Row> pilots, List<Year> years) {

  public record Row(ReportObligations.Obligation obligation, ReportStatus status) {}

  public record Year(int year, Map<ReportStatus, Integer> counts, double shareOnTime) {}

  public static Compliance of(List<ReportObligations.Obligation> obligations, Instant now, ZoneId zone) {
    List<Row> rows = obligations.stream().map(o -> new Row(o, o.statusAt(now))).toList();
    Map<Integer, Map<ReportStatus, Integer>> perYear = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (Row row : rows) {
      perYear.computeIfAbsent(row.obligation().stoppedAt().atZone(zone).getYear(), y -> emptyCounts())
          .merge(row.status(), 1, Integer::sum);
    }
    List<Year> years = perYear.entrySet().stream()
        .map(e -> new Year(e.getKey(), e.getValue(), shareOnTime(e.getValue())))
        .toList();
    return new Compliance(rows, years);
  }

  /** Reported on time, out of all reports that are due or delivered (ongoing ones are not yet due). */
  private static double shareOnTime(Map<ReportStatus, Integer> counts) {
    int due = counts.get(ReportStatus.OVERDUE) + counts.get(ReportStatus.REPORTED_ON_TIME)
        + counts.get(ReportStatus.REPORTED_LATE);
    return due == 0 ? 0 : (double) counts.get(ReportStatus.REPORTED_ON_TIME) / due;
  }

  private static Map<ReportStatus, Integer> emptyCounts() {
    Map<ReportStatus, Integer> counts = new EnumMap<>(ReportStatus.class);
    for (ReportStatus status : ReportStatus.values()) {
      counts.put(status, 0);
    }
    return counts;
  }
}
