package org.pilotgate.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pilot is, as auditors search for it. A pilot takes the status of the last step of
 * {@code pilot-lifecycle} it entered that names one; steps inside the trial and the failure
 * report (check-ins, reminders, chasing) leave it unchanged.
 */
public enum PilotStatus {
  PROPOSED("Proposed"),
  IN_REVIEW("In review"),
  CHANGES_REQUESTED("Changes requested"),
  REJECTED("Rejected"),
  PLANNING("Planning the trial"),
  IN_TRIAL("In trial"),
  EVALUATION("Being evaluated"),
  AT_GATE("At the gate"),
  REPORTING("Writing the report"),
  SCALED("Scaled"),
  STOPPED("Stopped"),
  /** Ended by an operator (the process instance was deleted), not by the lifecycle. */
  CANCELLED("Cancelled");

  private static final Map<String, PilotStatus> ENTERED_AT = Map.ofEntries(
      Map.entry("ProposePilot", PROPOSED),
      Map.entry("CheckPriorWork", PROPOSED),
      Map.entry("AcknowledgePriorWork", PROPOSED),
      Map.entry("ReviewProposal", IN_REVIEW),
      Map.entry("ReviseProposal", CHANGES_REQUESTED),
      Map.entry("ReadRejection", REJECTED),
      Map.entry("ProposalRejected", REJECTED),
      Map.entry("PlanTrial", PLANNING),
      Map.entry("Trial", IN_TRIAL),
      Map.entry("EvaluateTrial", EVALUATION),
      Map.entry("RecommendDecision", EVALUATION),
      Map.entry("DecideGate", AT_GATE),
      Map.entry("WriteSuccessReport", REPORTING),
      Map.entry("SetFailureReportDeadline", REPORTING),
      Map.entry("PilotScaled", SCALED),
      Map.entry("PilotStopped", STOPPED));

  private final String label;

  PilotStatus(String label) {
    this.label = label;
  }

  /** As auditors read it. */
  public String label() {
    return label;
  }

  /** The status a pilot takes on entering the step, if the step names one. */
  public static Optional<PilotStatus> enteredAt(String activityId) {
    return Optional.ofNullable(ENTERED_AT.get(activityId));
  }

  /** The status after entering the steps in this order. */
  public static PilotStatus after(List<String> activityIds) {
    PilotStatus status = PROPOSED;
    for (String activityId : activityIds) {
      status = enteredAt(activityId).orElse(status);
    }
    return status;
  }
}
