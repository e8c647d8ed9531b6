package org.pilotgate.gate;

import java.math.BigDecimal;
import org.pilotgate.pilot.HarmLimit;

/** A registered harm limit next to what was observed. */
public record HarmResult(
    String name, String unit, BigDecimal limit, HarmLimit.Breach breachedWhen, BigDecimal actual, Boolean breached) {

  public static HarmResult pending(HarmLimit h) {
    return new HarmResult(h.name(), h.unit(), h.limit(), h.breachedWhen(), null, null);
  }

  public static HarmResult measured(HarmLimit h, BigDecimal actual) {
    return new HarmResult(h.name(), h.unit(), h.limit(), h.breachedWhen(), actual, h.isBreachedBy(actual));
  }
}
