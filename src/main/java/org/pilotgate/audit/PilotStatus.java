package org.pilotgate.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilotgate.process.LifecycleModel;

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
      Map.entry(LifecycleModel.PROPOSE_PILOT, PROPOSED),
      Map.entry(LifecycleModel.CHECK_PRIOR_WORK, PROPOSED),
      Map.entry(LifecycleModel.ACKNOWLEDGE_PRIOR_WORK, PROPOSED),
      Map.entry(LifecycleModel.REVIEW_PROPOSAL, IN_REVIEW),
      Map.entry(LifecycleModel.REVISE_PROPOSAL, CHANGES_REQUESTED),
      Map.entry(LifecycleModel.READ_REJECTION, REJECTED),
      Map.entry(LifecycleModel.PROPOSAL_REJECTED, REJECTED),
      Map.entry(LifecycleModel.PLAN_TRIAL, PLANNING),
      Map.entry(LifecycleModel.TRIAL, IN_TRIAL),
      Map.entry(LifecycleModel.EVALUATE_TRIAL, EVALUATION),
      Map.entry(LifecycleModel.RECOMMEND_DECISION, EVALUATION),
      Map.entry(LifecycleModel.DECIDE_GATE, AT_GATE),
      Map.entry(LifecycleModel.WRITE_SUCCESS_REPORT, REPORTING),
      Map.entry(LifecycleModel.SET_FAILURE_REPORT_DEADLINE, REPORTING),
      Map.entry(LifecycleModel.PILOT_SCALED, SCALED),
      Map.entry(LifecycleModel.PILOT_STOPPED, STOPPED));

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
