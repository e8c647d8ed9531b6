package org.pilotgate.trial;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The trial's process variables, owned here: their names, and the trial as a report states it. */
public final class TrialRecord {

  public static final String START = "trialStart";
  public static final String END = "trialEnd";
  /** The trial-end timer's date: the end day's close in the council's zone. */
  public static final String END_DATE = "trialEndDate";
  public static final String SITES = "trialSites";
  public static final String DATA_COLLECTION = "dataCollection";
  public static final String CHECK_IN_INTERVAL = "checkInInterval";
  /** The check-ins recorded so far, oldest first. */
  public static final String CHECK_INS = "checkIns";
  public static final String EXTENSION_COUNT = "extensionCount";
  public static final String STOPPED_EARLY = "stoppedEarly";
  public static final String EARLY_STOP_REASON_CODE = "earlyStopReasonCode";
  public static final String EARLY_STOP_REASON = "earlyStopReason";
  public static final String REGISTRATION_FROZEN_AT = "registrationFrozenAt";
  /** What an ADAPT decision at the gate says to change: planning the trial again gives it as the new version's reason. */
  public static final String ADAPTATION = "adaptation";

  private TrialRecord() {}

  /** How the trial ran; {@code earlyStop} is null unless a manager stopped it early. */
  public record Trial(LocalDate start, LocalDate end, String sites, String dataCollection, Integer extensions,
      Stop earlyStop) {}

  public record Stop(String reasonCode, String reason) {}

  public static Trial read(VariableScope pilot) {
    Stop earlyStop = Boolean.TRUE.equals(pilot.getVariable(STOPPED_EARLY))
        ? new Stop((String) pilot.getVariable(EARLY_STOP_REASON_CODE), (String) pilot.getVariable(EARLY_STOP_REASON))
        : null;
    return new Trial(date(pilot, START), date(pilot, END), (String) pilot.getVariable(SITES),
        (String) pilot.getVariable(DATA_COLLECTION), extensions(pilot), earlyStop);
  }

  /** How many times the gate has extended the trial so far (null before the first gate). */
  public static Integer extensions(VariableScope pilot) {
    return (Integer) pilot.getVariable(EXTENSION_COUNT);
  }

  public static LocalDate end(VariableScope pilot) {
    return date(pilot, END);
  }

  private static LocalDate date(VariableScope pilot, String name) {
    Object value = pilot.getVariable(name);
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
