package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.pilotgate.governance.PilotRecords;
import org.springframework.stereotype.Component;

/**
 * Serves the decision tasks (review, gate, report reviews) whenever they are handed to someone
 * (claimed, assigned, delegated, through any API) and when they are completed: as every manager's
 * task, the person must be a manager, and must not have proposed the pilot. The proposer is read from
 * the pilot's record, never from a variable.
 */
@Component("fourEyes")
class FourEyesListener extends ManagersOnlyListener {

  FourEyesListener(PilotRecords records) {
    super(records);
  }

  @Override
  void checkAlso(DelegateTask task, String actor, PilotRecords.PilotRecord pilot) {
    FourEyes.check(pilot.proposer(), actor, pilot.reference(), Managers.taskName(task));
  }
}
