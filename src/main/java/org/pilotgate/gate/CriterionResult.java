package org.pilotgate.gate;

import java.math.BigDecimal;
import org.pilotgate.pilot.SuccessCriterion;

/** A registered success criterion next to what the trial actually achieved. */
public record CriterionResult(
    String name, String unit, BigDecimal baseline, BigDecimal target, SuccessCriterion.Direction direction,
    boolean primary, BigDecimal actual, Boolean met) {

  public static CriterionResult pending(SuccessCriterion c) {
    return new CriterionResult(c.name(), c.unit(), c.baseline(), c.target(), c.direction(), c.primary(), null, null);
  }

  public static CriterionResult measured(SuccessCriterion c, BigDecimal actual) {
    return new CriterionResult(c.name(), c.unit(), c.baseline(), c.target(), c.direction(), c.primary(), actual,
        c.isMetBy(actual));
  }
}
