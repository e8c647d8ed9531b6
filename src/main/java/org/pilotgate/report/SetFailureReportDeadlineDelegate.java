package org.pilotgate.report;

import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.PilotGateProperties;
import org.springframework.stereotype.Component;

/** "Set the failure report deadline": the timers of the failure report read these dates. */
@Component("setFailureReportDeadline")
class SetFailureReportDeadlineDelegate implements JavaDelegate {

  private final PilotGateProperties properties;

  SetFailureReportDeadlineDelegate(PilotGateProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FailureReportDeadline deadline = FailureReportDeadline.from(ZonedDateTime.now(properties.zone()),
        properties.failureReport());
    execution.setVariable("failureReportDueDate", deadline.dueDate());
    execution.setVariable("failureReportReminderDate", deadline.reminderDate());
    execution.setVariable("failureReportOverdue", false);
  }
}
