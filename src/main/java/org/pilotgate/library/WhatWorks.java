package org.pilotgate.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the library's reports say works, counted over the reports a search matches: how many pilots
 * per service area, partner sector and evidence level, how they ended, and what they cost.
 *
 * @param pilots the reports counted
 * @param byServiceArea pilots per service area code, most first
 * @param byInterventionKind pilots per intervention kind code, most first; {@value #NOT_RECORDED} counts
 *     reports from before the kind was asked
 * @param byPartnerSector pilots per partner sector code, most first; a pilot with partners in two
 *     sectors counts in both, and {@value #NO_PARTNERS} counts pilots that named none
 * @param endings how many pilots were scaled, stopped and inconclusive, and their shares of all
 * @param byEvidenceLevel pilots per evidence level 1 to 5 and {@value #NOT_RECORDED}
 */
public record WhatWorks(long pilots, List<Count> byServiceArea, List<Count> byInterventionKind,
    List<Count> byPartnerSector, List<Share> endings,
    Median costPerParticipant, Median costPerUnitChange, List<Count> byEvidenceLevel) {

  public static final String NO_PARTNERS = "NONE";
  public static final String NOT_RECORDED = "NOT_RECORDED";

  public record Count(String code, long pilots) {}

  /** {@code share} is of all pilots counted, from 0 to 1. */
  public record Share(ReportFigures.Ending ending, long pilots, double share) {}

  /**
   * The median of the figure over the {@code counted} reports that record it; {@code skipped}
   * reports could not be counted. {@code median} is null when none could.
   */
  public record Median(BigDecimal median, long counted, long skipped) {}

  public static WhatWorks of(Iterable<ReportFigures> reports) {
    Tally tally = new Tally();
    reports.forEach(tally::add);
    return tally.result();
  }

  /** The median, halfway between the middle two of an even number, in pence; null for none. */
  static BigDecimal median(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
        : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    return median.setScale(2, RoundingMode.HALF_UP);
  }

  /** One pass over the reports, keeping only counts and the two costs for their medians. */
  private static final class Tally {
    private long pilots;
    private final Map<String, Long> serviceAreas = new HashMap<>();
    private final Map<String, Long> interventionKinds = new HashMap<>();
    private final Map<String, Long> sectors = new HashMap<>();
    private final Map<ReportFigures.Ending, Long> endings = new EnumMap<>(ReportFigures.Ending.class);
    private final Map<String, Long> evidenceLevels = new TreeMap<>();
    private final List<BigDecimal> perParticipant = new ArrayList<>();
    private final List<BigDecimal> perUnitChange = new ArrayList<>();

    void add(ReportFigures report) {
      pilots++;
      serviceAreas.merge(report.serviceArea(), 1L, Long::sum);
      interventionKinds.merge(report.interventionKind() == null ? NOT_RECORDED : report.interventionKind(), 1L,
          Long::sum);
      List<String> partnerSectors = report.partnerSectors().isEmpty() ? List.of(NO_PARTNERS) : report.partnerSectors();
      partnerSectors.forEach(sector -> sectors.merge(sector, 1L, Long::sum));
      endings.merge(report.ending(), 1L, Long::sum);
      evidenceLevels.merge(report.evidenceLevel() == null ? NOT_RECORDED : report.evidenceLevel().toString(), 1L,
          Long::sum);
      if (report.costPerParticipant() != null) {
        perParticipant.add(report.costPerParticipant());
      }
      if (report.costPerUnitChange() != null) {
        perUnitChange.add(report.costPerUnitChange());
      }
    }

    WhatWorks result() {
      List<Share> shares = new ArrayList<>();
      for (ReportFigures.Ending ending : ReportFigures.Ending.values()) {
        long count = endings.getOrDefault(ending, 0L);
        shares.add(new Share(ending, count, pilots == 0 ? 0 : (double) count / pilots));
      }
      return new WhatWorks(pilots, mostFirst(serviceAreas), mostFirst(interventionKinds), mostFirst(sectors), shares,
          new Median(median(perParticipant), perParticipant.size(), pilots - perParticipant.size()),
          new Median(median(perUnitChange), perUnitChange.size(), pilots - perUnitChange.size()),
          inOrder(evidenceLevels));
    }

    private static List<Count> mostFirst(Map<String, Long> counts) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(entry -> new Count(entry.getKey(), entry.getValue())).toList();
    }

    /** In the TreeMap's order: levels 1 to 5, then NOT_RECORDED (letters sort after digits). */
    private static List<Count> inOrder(Map<String, Long> counts) {
      return counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue())).toList();
    }
  }
}
