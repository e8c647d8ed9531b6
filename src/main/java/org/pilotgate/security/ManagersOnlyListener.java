package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.governance.PilotRecords;
import org.springframework.stereotype.Component;

/**
 * Serves the managers' tasks that are not decisions on the pilot's merit (chasing an overdue
 * report): whoever takes or completes them must be a manager, through any API.
 */
@Component("managersOnly")
class ManagersOnlyListener implements TaskListener {

  private final PilotRecords records;

  ManagersOnlyListener(PilotRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Managers.actor(task);
    if (actor == null) {
      return; // given back to the managers' queue
    }
    PilotRecords.PilotRecord pilot = records.of(task.getProcessInstanceId());
    Managers.checkIsManager(task, actor, pilot.reference());
    checkAlso(task, actor, pilot);
  }

  /** A further rule for the tasks a subclass serves; none here. */
  void checkAlso(DelegateTask task, String actor, PilotRecords.PilotRecord pilot) {}
}
