package org.pilotgate.retention;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a finished pilot's history is kept, and when Camunda's history cleanup may run, under
 * {@code pilotgate.retention.*}.
 *
 * @param pilotHistory time from a pilot's end to the removal of its history, in whole days (ISO-8601,
 *     e.g. {@code P2557D}, seven years)
 * @param cleanupWindowStart when the nightly cleanup may start, server time
 * @param cleanupWindowEnd when it stops, server time (before the start: the window spans midnight)
 * @param cleanupBatchSize history rows removed per cleanup transaction (at most 500, Camunda's limit)
 */
@ConfigurationProperties("pilotgate.retention")
public record RetentionProperties(
    @DefaultValue("P2557D") Duration pilotHistory,
    @DefaultValue("01:00") LocalTime cleanupWindowStart,
    @DefaultValue("05:00") LocalTime cleanupWindowEnd,
    @DefaultValue("500") int cleanupBatchSize) {

  public RetentionProperties {
    if (pilotHistory.isNegative() || pilotHistory.isZero() || !pilotHistory.equals(Duration.ofDays(pilotHistory.toDays()))) {
      throw new IllegalArgumentException("pilotgate.retention.pilot-history must be a whole number of days, e.g. P2557D, not "
          + pilotHistory);
    }
  }

  /** The retention as Camunda's definitions hold it. */
  public int pilotHistoryDays() {
    return Math.toIntExact(pilotHistory.toDays());
  }
}
