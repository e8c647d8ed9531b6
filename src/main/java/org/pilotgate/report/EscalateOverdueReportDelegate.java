package org.pilotgate.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.PilotGateProperties;
import org.springframework.stereotype.Component;

/** "Escalate the overdue report": marks the report overdue; the managers' chase task follows. */
@Component("escalateOverdueReport")
class EscalateOverdueReportDelegate implements JavaDelegate {

  static final int OVERDUE_PRIORITY = 90;

  private final PilotGateProperties properties;

  EscalateOverdueReportDelegate(PilotGateProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("failureReportOverdue", true);
    OpenDraftTasks.nudge(execution, OVERDUE_PRIORITY, "Overdue: the failure report for "
        + execution.getVariable("pilotReference") + " was due on "
        + OpenDraftTasks.day(execution.getVariable("failureReportDueDate"), properties.zone()) + ". Managers have been asked to follow up.");
  }
}
