package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.springframework.stereotype.Component;

/**
 * Serves "Trial stopped early": whoever the message comes from must be a signed-in manager who did
 * not propose the pilot (four-eyes). The proposer is read from the pilot's record, never from a variable.
 */
@Component("earlyStopByAnotherManager")
class EarlyStopByAnotherManager implements ExecutionListener {

  private static final String TRIAL_RUNS_ON = "The trial runs on.";

  private final PilotRecords records;

  EarlyStopByAnotherManager(PilotRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution pilot) {
    PilotRecords.PilotRecord record = records.of(pilot.getProcessInstanceId());
    String actor = Actors.signedIn(pilot);
    if (actor == null) {
      throw new NotAllowed("Only a signed-in manager can stop the trial of " + record.reference() + " early. "
          + TRIAL_RUNS_ON);
    }
    Managers.checkIsManager(pilot, actor, "stop the trial of " + record.reference() + " early", TRIAL_RUNS_ON);
    FourEyes.check(record.proposer(), actor, record.reference(), "stop its trial early", TRIAL_RUNS_ON);
  }
}
