package org.pilotgate.report;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.PilotGateProperties;
import org.springframework.stereotype.Component;

/** "Remind the author": the failure report falls due soon. */
@Component("remindReportAuthor")
class RemindReportAuthorDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 75;

  private final PilotGateProperties properties;

  RemindReportAuthorDelegate(PilotGateProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OpenDraftTasks.nudge(execution, REMINDED_PRIORITY, "Reminder: the failure report for "
        + execution.getVariable("pilotReference") + " is due on "
        + OpenDraftTasks.day(execution.getVariable("failureReportDueDate"), properties.zone())
        + ". Other councils are waiting to learn from it.");
    execution.setVariable("failureReportRemindedAt", new Date());
  }
}
