package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import java.util.Arrays;

/** What a timeline event records, with the words auditors read for it. */
public enum EventType {
  ACTIVITY_STARTED("Step started"),
  ACTIVITY_ENDED("Step finished"),
  ACTIVITY_CANCELLED("Step cancelled"),
  TASK_CANDIDATE_ADD("Task offered to"),
  TASK_CANDIDATE_DELETE("Task no longer offered to"),
  TASK_ASSIGNEE_ADD("Task claimed or assigned"),
  TASK_ASSIGNEE_DELETE("Task unclaimed"),
  TASK_OWNER_ADD("Task owner set"),
  TASK_OWNER_DELETE("Task owner removed"),
  TASK_PEOPLE_CHANGED("Task's people changed"),
  TASK_COMPLETED("Task completed"),
  VARIABLE_SET("Values recorded"),
  VARIABLE_CHANGED("Values changed"),
  DECISION_EVALUATED("Decision table evaluated"),
  OPERATION("Operation by a person (Tasklist, Cockpit or REST API)"),
  JOB_FAILED("Background step failed"),
  JOB_SUCCEEDED("Background step ran"),
  INCIDENT_CREATED("Incident raised"),
  INCIDENT_RESOLVED("Incident resolved"),
  INCIDENT_DELETED("Incident closed unresolved"),
  PROPOSAL("Proposal recorded in the audit chain"),
  REVIEW_DECISION("Review of the proposal recorded in the audit chain"),
  REGISTRATION_VERSION("Registration version recorded in the audit chain"),
  GATE_DECISION("Gate decision recorded in the audit chain"),
  PUBLICATION("Report publication recorded in the audit chain"),
  WITHDRAWAL("Withdrawal by an operator recorded in the audit chain"),
  EARLY_STOP("Early stop by a manager recorded in the audit chain"),
  TIMER_FIRED_EARLY("Timer fired early in the demo, recorded in the audit chain"),
  IDEA_TRIAGED("Hack-day idea triaged, recorded in the audit chain");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A change to who may or must work on a task, from Camunda's identity link log. */
  static EventType taskLink(String linkType, String operation) {
    String name = "TASK_" + linkType + "_" + operation;
    return Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(name)).findFirst()
        .orElse(TASK_PEOPLE_CHANGED);
  }

  static EventType of(AuditChain.Kind kind) {
    return valueOf(kind.name());
  }
}
