package org.pilotgate;

import java.time.Period;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings an operator may change, under {@code pilotgate.*}.
 *
 * @param councilCode makes pilot references globally unique as {@code <council>/<reference>}
 * @param zone the council's time zone: dates entered in forms are days in this zone
 * @param checkInInterval how often an officer records a check-in during a trial (ISO-8601)
 * @param failureReport deadline and reminder of the failure report
 * @param decisions when managers' review and gate decisions are due
 * @param councilName the council's name, shown as the vendor in Camunda's webapps
 * @param dueWithin time from a user task's creation to its due date, keyed by the task's id in the
 *     model ({@code pilotgate.due-within.PlanTrial=P14D}); tasks left out keep their default
 *     ({@link #DUE_WITHIN_DEFAULTS}). The managers' review and gate are under {@code decisions}, the
 *     failure report's draft under {@code failure-report}.
 */
@ConfigurationProperties("pilotgate")
public record PilotGateProperties(
    @DefaultValue("DEMO") String councilCode,
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue("P14D") Period checkInInterval,
    @DefaultValue FailureReport failureReport,
    @DefaultValue Decisions decisions,
    @DefaultValue("PilotGate") String councilName,
    @DefaultValue Map<String, Period> dueWithin) {

  /**
   * The user tasks whose due date {@code dueWithin} sets, with their default periods. The keys are task
   * ids of {@code bpmn/pilot-lifecycle.bpmn} (ModelContractTest checks it): this package may not name
   * {@code process.LifecycleModel}, which depends on it.
   */
  public static final SortedMap<String, Period> DUE_WITHIN_DEFAULTS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
      "AcknowledgePriorWork", Period.ofDays(7),
      "ReviseProposal", Period.ofDays(14),
      "PlanTrial", Period.ofDays(14),
      "RecordCheckIn", Period.ofDays(7),
      "EvaluateTrial", Period.ofDays(21),
      "WriteSuccessReport", Period.ofDays(28),
      "ReviewSuccessReport", Period.ofDays(10),
      "ReviewFailureReport", Period.ofDays(10),
      "ChaseOverdueReport", Period.ofDays(7))));

  public PilotGateProperties {
    dueWithin = withDefaults(dueWithin);
  }

  /**
   * The configured periods over the defaults. Task ids match whatever their case, since environment
   * variables ({@code PILOTGATE_DUEWITHIN_PLANTRIAL}) arrive in lower case. A key that is no such task,
   * or a period that is not positive, stops start-up naming the property.
   */
  private static Map<String, Period> withDefaults(Map<String, Period> configured) {
    SortedMap<String, Period> periods = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    periods.putAll(DUE_WITHIN_DEFAULTS);
    if (configured != null) {
      configured.forEach((task, period) -> {
        String property = "pilotgate.due-within." + task;
        if (!periods.containsKey(task)) {
          throw new IllegalArgumentException(property + " names no task whose due date is set here; the tasks are "
              + DUE_WITHIN_DEFAULTS.keySet());
        }
        if (period == null || period.isZero() || period.isNegative()) {
          throw new IllegalArgumentException(property + " must be a positive period, e.g. P14D, not " + period);
        }
        periods.put(task, period);
      });
    }
    return Collections.unmodifiableSortedMap(periods);
  }

  /**
   * @param deadline time from the stop decision to the report's due date
   * @param reminderBefore how long before the due date the author is reminded
   */
  public record FailureReport(
      @DefaultValue("P12W") Period deadline,
      @DefaultValue("P2W") Period reminderBefore) {}

  /**
   * @param reviewWorkingDays working days (Monday to Friday) from the proposal to the review's due date
   * @param gateWithin time from the evaluation to the gate decision's due date
   */
  public record Decisions(
      @DefaultValue("10") int reviewWorkingDays,
      @DefaultValue("P14D") Period gateWithin) {}
}
