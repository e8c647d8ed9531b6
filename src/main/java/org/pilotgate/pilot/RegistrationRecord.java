package org.pilotgate.pilot;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.ProcessData;

/**
 * The registration as the process keeps it: one JSON variable, {@code registration}, written when
 * the proposal is submitted or revised and when the trial plan freezes it. Code reads this, not
 * the loose form fields.
 */
public final class RegistrationRecord {

  public static final String VARIABLE = "registration";
  public static final String VERSION = "registrationVersion";
  public static final String HASH = "registrationHash";
  /** The success criteria changed since version 1, in words; empty when none changed. */
  public static final String OUTCOME_SWITCHING = "outcomeSwitching";

  /** The one step where a frozen registration may change: planning the trial again after ADAPT. */
  public static final String REPLANNED_AT = LifecycleModel.PLAN_TRIAL;

  /**
   * The variables that hold the registration or a part of it: frozen with it. The loose proposal
   * fields are included so that what Tasklist shows cannot drift from what was registered.
   */
  public static final Set<String> FROZEN_VARIABLES = Set.of(VARIABLE, VERSION, HASH, OUTCOME_SWITCHING,
      "successCriteria", "harmLimits", "partners", "title", "summary", "problem", "hypothesis", "serviceArea",
      "interventionWhat", "interventionWho", "interventionWhere", "interventionFrequency", "plannedSites",
      "plannedParticipants", "plannedStart", "plannedEnd", "budgetRequested");

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
