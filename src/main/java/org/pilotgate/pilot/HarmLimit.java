package org.pilotgate.pilot;

import java.math.BigDecimal;
import org.pilotgate.form.Submission;

/** A measure that must not cross its limit during the trial, whatever else happens. */
public record HarmLimit(String name, String unit, BigDecimal limit, Breach breachedWhen) {

  public enum Breach { ABOVE, BELOW }

  /** The fields of a harm limit's row in the forms, besides its name and unit. */
  public static final String LIMIT = "limit";
  public static final String BREACHED_WHEN = "breachedWhen";

  public boolean isBreachedBy(BigDecimal actual) {
    int comparison = actual.compareTo(limit);
    return breachedWhen == Breach.ABOVE ? comparison > 0 : comparison < 0;
  }

  static HarmLimit from(Submission row) {
    return new HarmLimit(
        row.line(RegistrationRecord.ROW_NAME, 200),
        row.line(RegistrationRecord.ROW_UNIT, 60),
        row.decimal(LIMIT, SuccessCriterion.LIMIT.negate(), SuccessCriterion.LIMIT),
        row.choice(BREACHED_WHEN, Breach.class));
  }
}
