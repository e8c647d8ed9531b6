package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.governance.PilotRecords;
import org.springframework.stereotype.Component;

/**
 * Serves the decision tasks (review, gate, report reviews) whenever they are handed to someone
 * (claimed, assigned, delegated, through any API) and when they are completed: the person must be a
 * manager and must not have proposed the pilot. The proposer is read from the pilot's record, never
 * from a variable.
 */
@Component("fourEyes")
class FourEyesListener implements TaskListener {

  private final PilotRecords records;

  FourEyesListener(PilotRecords records) {
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
    FourEyes.check(pilot.proposer(), actor, pilot.reference(), Managers.taskName(task));
  }
}
