package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.process.ProcessData;

/**
 * The registration as the process keeps it: one JSON variable, {@code registration}, written when
 * the proposal is submitted or revised and when the trial plan freezes it. Code reads this, not
 * the loose form fields.
 */
public final class RegistrationRecord {

  public static final String VARIABLE = "registration";

  private RegistrationRecord() {}

  public static Registration read(VariableScope scope) {
    return ProcessData.convert(ProcessData.plain(scope.getVariableTyped(VARIABLE)), Registration.class);
  }

  public static void write(VariableScope scope, Registration registration) {
    scope.setVariable(VARIABLE, ProcessData.json(registration));
    scope.setVariable("successCriteria", ProcessData.json(registration.successCriteria()));
    scope.setVariable("harmLimits", ProcessData.json(registration.harmLimits()));
    scope.setVariable("partners", ProcessData.json(registration.partners()));
  }
}
