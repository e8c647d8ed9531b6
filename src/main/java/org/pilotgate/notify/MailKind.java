package org.pilotgate.notify;

import org.pilotgate.process.LifecycleModel;

/** What a mail is about; each kind has a plain-text and an HTML template under templates/mail/. */
enum MailKind {
  TASK_OFFERED("task-waiting"),
  TASK_ASSIGNED("task-waiting"),
  PILOT_PROPOSED("pilot-proposed"),
  PROPOSAL_APPROVED("proposal-outcome"),
  CHANGES_REQUESTED("proposal-outcome"),
  PROPOSAL_REJECTED("proposal-outcome"),
  REPORT_REMINDER("report-deadline"),
  REPORT_OVERDUE("report-deadline"),
  REPORT_PUBLISHED("report-published"),
  TRIAL_STOPPED_EARLY("trial-stopped-early"),
  WEEKLY_DIGEST("weekly-digest"),
  IDEA_OUTCOME("idea-outcome"),
  TRIAGE_REMINDER("triage-deadline"),
  TRIAGE_OVERDUE("triage-deadline");

  final String template;

  MailKind(String template) {
    this.template = template;
  }

  /**
   * The mail for a task just assigned to someone. The tasks a review leads to tell the proposer the
   * outcome; "Plan the trial" does so only the first time, not after an ADAPT at the gate.
   */
  static MailKind forAssignedTask(String taskKey, boolean gateDecided) {
    return switch (taskKey) {
      case LifecycleModel.PLAN_TRIAL -> gateDecided ? TASK_ASSIGNED : PROPOSAL_APPROVED;
      case LifecycleModel.REVISE_PROPOSAL -> CHANGES_REQUESTED;
      case LifecycleModel.READ_REJECTION -> PROPOSAL_REJECTED;
      default -> TASK_ASSIGNED;
    };
  }
}
