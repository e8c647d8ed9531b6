package org.pilotgate.hackday;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.pilotgate.PilotGateProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A hack day's dates, as the failure report's: triage is due a period after the ideas window closes,
 * with a reminder to the champions before it and an escalation to managers when it passes; quick
 * wins are followed up a period later. Periods under {@code pilotgate.hack-days}.
 */
@Component("hackDayDates")
public class HackDayDates {

  private final Period triageWithin;
  private final Period reminderBefore;
  private final Period followUpAfter;
  private final Period followUpWithin;
  private final Clock clock;
  private final ZoneId zone;

  HackDayDates(@Value("${pilotgate.hack-days.triage-within:P14D}") Period triageWithin,
      @Value("${pilotgate.hack-days.reminder-before:P4D}") Period reminderBefore,
      @Value("${pilotgate.hack-days.quick-win-follow-up-after:P6W}") Period followUpAfter,
      @Value("${pilotgate.hack-days.follow-up-within:P14D}") Period followUpWithin,
      Clock clock, PilotGateProperties properties) {
    for (Period period : new Period[] {triageWithin, reminderBefore, followUpAfter, followUpWithin}) {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("The periods under pilotgate.hack-days must be positive, not " + period);
      }
    }
    this.triageWithin = triageWithin;
    this.reminderBefore = reminderBefore;
    this.followUpAfter = followUpAfter;
    this.followUpWithin = followUpWithin;
    this.clock = clock;
    this.zone = properties.zone();
  }

  /** Ideas are welcome from the start of the first day to the end of the last, in the council's zone. */
  Instant opens(LocalDate firstDay) {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  Instant closes(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  ZoneId zone() {
    return zone;
  }

  Date triageDue() {
    return Date.from(now().plus(triageWithin).toInstant());
  }

  Date triageReminder() {
    return Date.from(now().plus(triageWithin).minus(reminderBefore).toInstant());
  }

  /** When the champions ask whether the quick wins were done: the model's timer. */
  public Date quickWinFollowUp() {
    return Date.from(now().plus(followUpAfter).toInstant());
  }

  /** The follow-up task's due date. */
  public Date followUpDue() {
    return Date.from(now().plus(followUpWithin).toInstant());
  }

  private ZonedDateTime now() {
    return ZonedDateTime.now(clock.withZone(zone));
  }
}
