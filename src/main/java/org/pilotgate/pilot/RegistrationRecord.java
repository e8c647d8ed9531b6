package org.pilotgate.pilot;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.ProcessData;

/**
 * The registration as the process keeps it: one JSON variable, {@code registration}, written when
 * the proposal is submitted or revised and when the trial plan freezes it. Code reads this, not
 * the loose form fields.
 */
public final class RegistrationRecord {

  public static final String VARIABLE = "registration";
  /** Named in governance, whose backfill reads it and which depends on no feature. */
  public static final String VERSION = PilotRecords.REGISTRATION_VERSION_VARIABLE;
  public static final String HASH = "registrationHash";
  /** The success criteria changed since version 1, in words; empty when none changed. */
  public static final String OUTCOME_SWITCHING = "outcomeSwitching";

  /** The proposal form's fields, which the process keeps as variables too: Tasklist and the model read them. */
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String PROBLEM = "problem";
  public static final String HYPOTHESIS = "hypothesis";
  public static final String SERVICE_AREA = "serviceArea";
  public static final String INTERVENTION_KIND = "interventionKind";
  public static final String INTERVENTION_WHAT = "interventionWhat";
  public static final String INTERVENTION_WHO = "interventionWho";
  public static final String INTERVENTION_WHERE = "interventionWhere";
  public static final String INTERVENTION_FREQUENCY = "interventionFrequency";
  public static final String PLANNED_SITES = "plannedSites";
  public static final String PLANNED_PARTICIPANTS = "plannedParticipants";
  public static final String PLANNED_START = "plannedStart";
  public static final String PLANNED_END = "plannedEnd";
  public static final String BUDGET_REQUESTED = "budgetRequested";
  public static final String PARTNERS = "partners";
  public static final String SUCCESS_CRITERIA = "successCriteria";
  public static final String HARM_LIMITS = "harmLimits";
  /** The field that names each row of the lists above (a criterion, a harm limit, a partner), in the forms and the JSON. */
  public static final String ROW_NAME = "name";
  /** The field giving the unit of a criterion's or a harm limit's measure. */
  public static final String ROW_UNIT = "unit";

  /** The one step where a frozen registration may change: planning the trial again after ADAPT. */
  public static final String REPLANNED_AT = LifecycleModel.PLAN_TRIAL;

  /**
   * The variables that hold the registration or a part of it: frozen with it. The loose proposal
   * fields are included so that what Tasklist shows cannot drift from what was registered.
   */
  public static final Set<String> FROZEN_VARIABLES = Set.of(VARIABLE, VERSION, HASH, OUTCOME_SWITCHING,
      SUCCESS_CRITERIA, HARM_LIMITS, PARTNERS, TITLE, SUMMARY, PROBLEM, HYPOTHESIS, SERVICE_AREA,
      INTERVENTION_KIND, INTERVENTION_WHAT, INTERVENTION_WHO, INTERVENTION_WHERE, INTERVENTION_FREQUENCY, PLANNED_SITES,
      PLANNED_PARTICIPANTS, PLANNED_START, PLANNED_END, BUDGET_REQUESTED);

  private RegistrationRecord() {}

  public static Registration read(VariableScope scope) {
    return ProcessData.convert(ProcessData.plain(scope.getVariableTyped(VARIABLE)), Registration.class);
  }

  /** The registered title, for names and messages; null before the proposal step. */
  public static String title(VariableScope scope) {
    return (String) scope.getVariable(TITLE);
  }

  /** Also stores the planned dates as ISO days, whichever way the form or API wrote them (04/02/2027 or 2027-02-04). */
  public static void write(VariableScope scope, Registration registration) {
    ProcessData.setIfChanged(scope, VARIABLE, ProcessData.json(registration));
    ProcessData.setIfChanged(scope, PLANNED_START, registration.plannedStart().toString());
    ProcessData.setIfChanged(scope, PLANNED_END, registration.plannedEnd().toString());
    ProcessData.setIfChanged(scope, SUCCESS_CRITERIA, ProcessData.json(registration.successCriteria()));
    ProcessData.setIfChanged(scope, HARM_LIMITS, ProcessData.json(registration.harmLimits()));
    ProcessData.setIfChanged(scope, PARTNERS, ProcessData.json(registration.partners()));
  }
}
