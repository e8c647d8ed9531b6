package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.TaskCaption;
import org.springframework.stereotype.Component;

/** A task's pilot, for Tasklist: the reference the proposal step gave it and the registered title. */
@Component
class PilotCaption implements TaskCaption {

  @Override
  public String reference(VariableScope pilot) {
    return PilotRecords.referenceOf(pilot);
  }

  @Override
  public String title(VariableScope pilot) {
    return RegistrationRecord.title(pilot);
  }
}
