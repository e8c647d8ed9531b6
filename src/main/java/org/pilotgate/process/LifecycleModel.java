package org.pilotgate.process;

/**
 * The ids in bpmn/pilot-lifecycle.bpmn that Java relies on: the process, its user tasks (task keys)
 * and the steps the register and mail react to. One class rather than one per feature because the
 * audit status, the task-list filters and the mail read steps of every feature, and those packages
 * must not depend on the features. ModelContractTest checks each id against the model.
 */
public final class LifecycleModel {

  public static final String PROCESS = "pilot-lifecycle";

  public static final String PROPOSE_PILOT = "ProposePilot";
  /** The second start: a hack-day idea taken up as a pilot, whose author completes the proposal. */
  public static final String PROPOSE_FROM_IDEA = "ProposeFromIdea";
  /** The message that starts it, sent only by the hack day's triage. */
  public static final String PROPOSED_FROM_IDEA_MESSAGE = "pilot-proposed-from-idea";
  public static final String COMPLETE_PROPOSAL = "CompleteProposal";
  public static final String CHECK_PRIOR_WORK = "CheckPriorWork";
  public static final String ACKNOWLEDGE_PRIOR_WORK = "AcknowledgePriorWork";
  public static final String REVIEW_PROPOSAL = "ReviewProposal";
  public static final String REVISE_PROPOSAL = "ReviseProposal";
  public static final String READ_REJECTION = "ReadRejection";
  public static final String PROPOSAL_REJECTED = "ProposalRejected";

  public static final String PLAN_TRIAL = "PlanTrial";
  public static final String TRIAL = "Trial";
  public static final String RECORD_CHECK_IN = "RecordCheckIn";

  public static final String EVALUATE_TRIAL = "EvaluateTrial";
  public static final String RECOMMEND_DECISION = "RecommendDecision";
  public static final String DECIDE_GATE = "DecideGate";

  public static final String WRITE_SUCCESS_REPORT = "WriteSuccessReport";
  public static final String REVIEW_SUCCESS_REPORT = "ReviewSuccessReport";
  public static final String PILOT_SCALED = "PilotScaled";

  public static final String SET_FAILURE_REPORT_DEADLINE = "SetFailureReportDeadline";
  public static final String DRAFT_FAILURE_REPORT = "DraftFailureReport";
  public static final String REVIEW_FAILURE_REPORT = "ReviewFailureReport";
  public static final String CHASE_OVERDUE_REPORT = "ChaseOverdueReport";
  public static final String PILOT_STOPPED = "PilotStopped";

  // Timers, asynchronous steps and events inside the phases above, named by the tests that fire or check them.
  public static final String CHECK_IN_DUE = "CheckInDue";
  public static final String TRIAL_END_REACHED = "TrialEndReached";
  public static final String TRIAL_STOPPED_EARLY = "TrialStoppedEarly";
  /** The message that event catches: a manager's early stop, delivered by trial.EarlyStops. */
  public static final String TRIAL_STOPPED_EARLY_MESSAGE = "trial-stopped-early";
  public static final String PUBLISH_SUCCESS_REPORT = "PublishSuccessReport";
  public static final String PUBLISH_FAILURE_REPORT = "PublishFailureReport";
  public static final String FAILURE_REPORT_PUBLISHED = "FailureReportPublished";
  public static final String REMINDER_DUE = "ReminderDue";
  public static final String REPORT_DEADLINE_PASSED = "ReportDeadlinePassed";
  public static final String OVERDUE_CHASED = "OverdueChased";

  private LifecycleModel() {
  }
}
