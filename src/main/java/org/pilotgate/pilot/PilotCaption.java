package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.TaskCaption;
import org.springframework.stereotype.Component;

/** A task's pilot, for Tasklist: the reference the proposal step gave it and the registered title. */
@Component
class PilotCaption implements TaskCaption {

  @Override
  public Object reference(VariableScope pilot) {
    return pilot.getVariable(PilotRecords.REFERENCE_VARIABLE);
  }

  @Override
  public Object title(VariableScope pilot) {
    return pilot.getVariable(RegistrationRecord.TITLE);
  }
}
