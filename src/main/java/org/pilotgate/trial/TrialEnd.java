package org.pilotgate.trial;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** The moment a trial's end timer fires: the end of its last day in the council's time zone. */
public final class TrialEnd {

  private TrialEnd() {}

  public static Date timerDate(LocalDate lastDay, ZoneId zone) {
    return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
