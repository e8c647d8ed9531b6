package org.pilotgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.pilotgate.PilotGateProperties;

/** When a stopped pilot's failure report is due and its author reminded, without Spring or the engine. */
class FailureReportDeadlineTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final PilotGateProperties.FailureReport TWELVE_WEEKS_REMINDED_TWO_BEFORE =
      new PilotGateProperties.FailureReport(Period.ofWeeks(12), Period.ofWeeks(2));

  @Test
  void dueTheDeadlineAfterTheStopAndRemindedBeforeIt() {
    assertDeadline(london(2027, 1, 11, 10, 30), TWELVE_WEEKS_REMINDED_TWO_BEFORE,
        london(2027, 4, 5, 10, 30), london(2027, 3, 22, 10, 30));
  }

  @Test
  void countsCalendarDaysInTheCouncilsZoneAcrossTheClockChange() {
    // British Summer Time starts on 28 March 2027: the report is due at the same time of day, an hour fewer later
    ZonedDateTime stopped = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, LONDON);

    FailureReportDeadline deadline = FailureReportDeadline.from(stopped,
        new PilotGateProperties.FailureReport(Period.ofDays(31), Period.ofDays(7)));

    assertThat(deadline.dueDate().toInstant().atZone(LONDON).toLocalDateTime())
        .isEqualTo(stopped.toLocalDateTime().plusDays(31));
    assertThat(deadline.reminderDate().toInstant().atZone(LONDON).toLocalDateTime())
        .isEqualTo(stopped.toLocalDateTime().plusDays(24));
  }

  @Test
  void monthsEndOnTheLastDayOfAShorterMonth() {
    assertDeadline(london(2027, 1, 31, 12, 0), new PilotGateProperties.FailureReport(Period.ofMonths(1), Period.ofDays(3)),
        london(2027, 2, 28, 12, 0), london(2027, 2, 25, 12, 0));
  }

  @Test
  void noReminderPeriodRemindsOnTheDueDate() {
    ZonedDateTime stopped = ZonedDateTime.of(2027, 6, 1, 8, 0, 0, 0, LONDON);

    FailureReportDeadline deadline = FailureReportDeadline.from(stopped,
        new PilotGateProperties.FailureReport(Period.ofWeeks(4), Period.ZERO));

    assertThat(deadline.reminderDate()).isEqualTo(deadline.dueDate());
  }

  private static void assertDeadline(ZonedDateTime stopped, PilotGateProperties.FailureReport settings,
      ZonedDateTime due, ZonedDateTime reminder) {
    FailureReportDeadline deadline = FailureReportDeadline.from(stopped, settings);
    assertThat(deadline.dueDate().toInstant()).as("due").isEqualTo(due.toInstant());
    assertThat(deadline.reminderDate().toInstant()).as("reminder").isEqualTo(reminder.toInstant());
  }

  private static ZonedDateTime london(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON);
  }
}
