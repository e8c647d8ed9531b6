package org.pilotgate.report;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.PilotGateProperties;

/** When a failure report is due, and when its author is reminded. */
public record FailureReportDeadline(Date dueDate, Date reminderDate) {

  /** The deadline's process variables: the report's timers, the forms and the mail read them. */
  public static final String DUE_DATE = "failureReportDueDate";
  public static final String REMINDER_DATE = "failureReportReminderDate";
  /** Whether the deadline passed with no report published: false when set, true when escalated. */
  public static final String OVERDUE = "failureReportOverdue";
  public static final String REMINDED_AT = "failureReportRemindedAt";
  /** The chase form's field: what a manager did to get the overdue report written. */
  public static final String OVERDUE_FOLLOW_UP = "overdueFollowUp";

  /** The pilot's failure report due date; null unless the pilot stopped. */
  public static Date dueDateOf(VariableScope pilot) {
    return (Date) pilot.getVariable(DUE_DATE);
  }

  public static FailureReportDeadline from(ZonedDateTime stoppedAt, PilotGateProperties.FailureReport settings) {
    ZonedDateTime due = stoppedAt.plus(settings.deadline());
    return new FailureReportDeadline(Date.from(due.toInstant()),
        Date.from(due.minus(settings.reminderBefore()).toInstant()));
  }
}
