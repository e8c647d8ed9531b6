package org.pilotgate;

import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
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
 * @param councilName the council's name, where people read it: the login page, the library's pages and feed, and
 *     as the vendor in Camunda's webapps
 * @param dueWithin time from a user task's creation to its due date, keyed by the task's id in the
 *     model ({@code pilotgate.due-within.PlanTrial=P14D}); tasks left out keep their default
 *     ({@code process.TaskDeadlines}). The managers' review and gate are under {@code decisions}, the
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
