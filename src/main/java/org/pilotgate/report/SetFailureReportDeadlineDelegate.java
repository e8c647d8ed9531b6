package org.pilotgate.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;
import org.springframework.stereotype.Component;

/**
 * "Set the failure report deadline": the timers of the failure report read these dates, and the
 * obligation is recorded for the public compliance page.
 */
@Component("setFailureReportDeadline")
class SetFailureReportDeadlineDelegate implements JavaDelegate {

  private final PilotGateProperties properties;
  private final ReportObligations obligations;
  private final PilotRecords records;
  private final Clock clock;

  SetFailureReportDeadlineDelegate(PilotGateProperties properties, ReportObligations obligations,
      PilotRecords records, Clock clock) {
    this.properties = properties;
    this.obligations = obligations;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ZonedDateTime stoppedAt = ZonedDateTime.now(clock);
    FailureReportDeadline deadline = FailureReportDeadline.from(stoppedAt, properties.failureReport());
    obligations.owe(execution.getProcessInstanceId(), records.of(execution.getProcessInstanceId()).reference(),
        RegistrationRecord.read(execution).title(), stoppedAt.toInstant(), deadline.dueDate().toInstant());
    execution.setVariable(FailureReportDeadline.DUE_DATE, deadline.dueDate());
    execution.setVariable(FailureReportDeadline.REMINDER_DATE, deadline.reminderDate());
    execution.setVariable(FailureReportDeadline.OVERDUE, false);
  }
}
