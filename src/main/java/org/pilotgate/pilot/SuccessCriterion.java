package org.pilotgate.pilot;

import java.math.BigDecimal;
import org.pilotgate.form.Submission;

/**
 * A measure registered before the trial: the pilot succeeds on it when the actual value reaches
 * the target in the registered direction.
 */
public record SuccessCriterion(
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    Direction direction,
    boolean primary,
    BigDecimal minimumWorthwhileChange) {

  public enum Direction { INCREASE, DECREASE }

  /** The fields of a criterion's row in the forms: the plan confirms the baseline, and a row is refused by its target. */
  public static final String BASELINE = "baseline";
  public static final String TARGET = "target";
  public static final String DIRECTION = "direction";
  public static final String PRIMARY = "primary";
  public static final String MINIMUM_WORTHWHILE_CHANGE = "minimumWorthwhileChange";

  static final BigDecimal LIMIT = new BigDecimal("1000000000000");

  public boolean isMetBy(BigDecimal actual) {
    int comparison = actual.compareTo(target);
    return direction == Direction.INCREASE ? comparison >= 0 : comparison <= 0;
  }

  static SuccessCriterion from(Submission row) {
    SuccessCriterion criterion = new SuccessCriterion(
        row.line(RegistrationRecord.ROW_NAME, 200),
        row.line(RegistrationRecord.ROW_UNIT, 60),
        row.decimal(BASELINE, LIMIT.negate(), LIMIT),
        row.decimal(TARGET, LIMIT.negate(), LIMIT),
        row.choice(DIRECTION, Direction.class),
        row.flag(PRIMARY),
        row.decimal(MINIMUM_WORTHWHILE_CHANGE, BigDecimal.ZERO, LIMIT));
    criterion.checkTargetMovesInDirection(row);
    return criterion;
  }

  private void checkTargetMovesInDirection(Submission row) {
    int comparison = target.compareTo(baseline);
    if (direction == Direction.INCREASE && comparison <= 0) {
      throw row.invalid(TARGET, "must be above the baseline when the measure should increase");
    }
    if (direction == Direction.DECREASE && comparison >= 0) {
      throw row.invalid(TARGET, "must be below the baseline when the measure should decrease");
    }
  }

  /** The same criterion with the baseline confirmed when the trial is planned. */
  public SuccessCriterion withBaseline(BigDecimal confirmedBaseline) {
    return new SuccessCriterion(name, unit, confirmedBaseline, target, direction, primary, minimumWorthwhileChange);
  }
}
