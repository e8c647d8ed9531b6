package org.pilotgate.report;

import java.time.ZonedDateTime;
import java.util.Date;
import org.pilotgate.PilotGateProperties;

/** When a failure report is due, and when its author is reminded. */
public record FailureReportDeadline(Date dueDate, Date reminderDate) {

  public static FailureReportDeadline from(ZonedDateTime stoppedAt, PilotGateProperties.FailureReport settings) {
    ZonedDateTime due = stoppedAt.plus(settings.deadline());
    return new FailureReportDeadline(Date.from(due.toInstant()),
        Date.from(due.minus(settings.reminderBefore()).toInstant()));
  }
}
