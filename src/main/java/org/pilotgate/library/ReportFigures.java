package org.pilotgate.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.report.ReportResult;

/**
 * The figures "what works" counts in one report, worked out once when the report is indexed.
 * {@code costPerParticipant} and {@code costPerUnitChange} are null where the report does not
 * record enough to work them out.
 *
 * @param interventionKind the intervention's kind code, null where the report does not give one
 * @param ending SCALED (the pilot succeeded), INCONCLUSIVE (stopped on evidence the evaluation
 *     called inconclusive) or STOPPED (every other stop, early stops included)
 * @param partnerSectors each sector the pilot's partners are in, once
 * @param costPerParticipant what was spent per planned participant (the only count a report records)
 * @param costPerUnitChange what was spent per unit the primary outcome improved (see {@link #costPerUnitChange(ReportDocument)})
 * @param changeUnit the unit of that primary outcome, as the report gives it
 */
public record ReportFigures(String serviceArea, String interventionKind, Ending ending, List<String> partnerSectors,
    Integer evidenceLevel, BigDecimal costPerParticipant, BigDecimal costPerUnitChange, String changeUnit) {

  public enum Ending { SCALED, STOPPED, INCONCLUSIVE }

  /** The gate's recommendation when the evidence could not tell failure from noise (pilot-evaluation.dmn). */
  static final String INCONCLUSIVE_RECOMMENDATION = "INCONCLUSIVE";

  public static ReportFigures of(ReportDocument report) {
    ReportResult primary = primaryResult(report);
    String kind = report.intervention() == null ? null : report.intervention().kind();
    return new ReportFigures(report.serviceArea(), kind, ending(report), partnerSectors(report), report.evidenceLevel(),
        costPerParticipant(report), costPerUnitChange(report), primary == null ? null : primary.unit());
  }

  static Ending ending(ReportDocument report) {
    if (ReportDocument.SUCCEEDED.equals(report.outcome())) {
      return Ending.SCALED;
    }
    boolean inconclusive = report.gate() != null
        && INCONCLUSIVE_RECOMMENDATION.equals(report.gate().recommendation());
    return inconclusive ? Ending.INCONCLUSIVE : Ending.STOPPED;
  }

  static BigDecimal costPerParticipant(ReportDocument report) {
    Integer participants = report.plannedParticipants();
    if (report.costSpent() == null || participants == null || participants <= 0) {
      return null;
    }
    return report.costSpent().divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_UP);
  }

  /**
   * Spent divided by how far the primary outcome moved the way it was meant to: actual minus
   * baseline where higher is better, baseline minus actual where lower is better. Null without a
   * cost, a primary criterion with both numbers, or an improvement: a change of zero cannot be
   * divided by, and money spent on a change the wrong way buys no unit of improvement.
   */
  static BigDecimal costPerUnitChange(ReportDocument report) {
    ReportResult primary = primaryResult(report);
    if (report.costSpent() == null || primary == null) {
      return null;
    }
    BigDecimal change = primary.actual().subtract(primary.baseline());
    BigDecimal improvement = primary.direction() == SuccessCriterion.Direction.DECREASE ? change.negate() : change;
    if (improvement.signum() <= 0) {
      return null;
    }
    return report.costSpent().divide(improvement, 2, RoundingMode.HALF_UP);
  }

  /** The first primary criterion with a baseline, a result and the way it was meant to move. */
  private static ReportResult primaryResult(ReportDocument report) {
    if (report.results() == null) {
      return null;
    }
    return report.results().stream()
        .filter(result -> result.primary() && result.baseline() != null && result.actual() != null
            && result.direction() != null)
        .findFirst().orElse(null);
  }

  private static List<String> partnerSectors(ReportDocument report) {
    if (report.partners() == null) {
      return List.of();
    }
    return report.partners().stream().map(Partner::sector).filter(Objects::nonNull).map(Enum::name).distinct()
        .sorted().toList();
  }
}
