package org.pilotgate.report;

import java.math.BigDecimal;
import org.pilotgate.gate.CriterionResult;
import org.pilotgate.pilot.SuccessCriterion;

/** A criterion as the published report gives it: target, what happened, and the author's commentary. */
public record ReportResult(
    String name, String unit, BigDecimal baseline, BigDecimal target, SuccessCriterion.Direction direction,
    boolean primary, BigDecimal actual, Boolean met, String commentary) {

  static ReportResult from(CriterionResult r) {
    return new ReportResult(r.name(), r.unit(), r.baseline(), r.target(), r.direction(), r.primary(), r.actual(),
        r.met(), null);
  }

  ReportResult withReported(BigDecimal reportedActual, Boolean reportedMet, String reportedCommentary) {
    return new ReportResult(name, unit, baseline, target, direction, primary, reportedActual, reportedMet,
        reportedCommentary);
  }
}
