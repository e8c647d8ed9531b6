package org.pilotgate.notify;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.hackday.IdeaTriaged;
import org.pilotgate.hackday.TriageNudged;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.library.ReportPublished;
import org.pilotgate.pilot.PilotProposed;
import org.pilotgate.pilot.ProposalReview;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.report.FailureReportDeadline;
import org.pilotgate.report.FailureReportNudged;
import org.pilotgate.security.FourEyes;
import org.pilotgate.trial.TrialStoppedEarly;
import org.pilotgate.web.Labels;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the process tells {@link Notifications} what happened: every user task when it is created
 * and assigned ({@link MailEnginePlugin}), and what the features announce: a pilot proposed, the
 * failure report's reminder and escalation, a report published. The mails join the step's
 * transaction, so a step rolled back sends nothing.
 */
@Component
public class ProcessMail implements TaskListener {

  private final Notifications notifications;
  private final PilotRecords records;
  private final ZoneId zone;

  ProcessMail(Notifications notifications, PilotRecords records, PilotGateProperties properties) {
    this.notifications = notifications;
    this.records = records;
    this.zone = properties.zone();
  }

  /**
   * A new task without an assignee is offered to its candidate groups, but a decision on the pilot's
   * merit not to its proposer (four-eyes); an assigned task is mailed to its assignee, unless they
   * assigned it to themselves (claimed it, or it follows their own step).
   */
  @Override
  public void notify(DelegateTask task) {
    String reference = PilotRecords.referenceOf(task);
    if (reference == null) {
      return;
    }
    PilotTask pilotTask = new PilotTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        reference, RegistrationRecord.title(task), day(task.getDueDate()));
    String assignee = task.getAssignee();
    if (EVENTNAME_CREATE.equals(task.getEventName()) && assignee == null) {
      List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
      String mayNotDecide = FourEyes.DECISIONS.contains(task.getTaskDefinitionKey())
          ? records.of(task.getProcessInstanceId()).proposer() : null;
      notifications.taskOffered(pilotTask, groups, mayNotDecide);
    } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && assignee != null && !assignee.equals(signedIn(task))) {
      notifications.taskAssigned(pilotTask, assignee, (String) task.getVariable(ProposalReview.COMMENTS),
          task.getVariable(GateRuling.DECISION) != null);
    }
  }

  /** "Remind the author" and "Escalate the overdue report": the author is told the report is due soon, or overdue. */
  @EventListener
  void reportDeadline(FailureReportNudged nudged) {
    reportDeadline(nudged.pilot(), nudged.overdue());
  }

  /** The proposer is told who stopped their pilot's trial and why, and that a failure report is now owed. */
  @EventListener
  void trialStoppedEarly(TrialStoppedEarly stopped) {
    String pilotId = stopped.pilot().getProcessInstanceId();
    notifications.trialStoppedEarly(pilotId, stopped.reference(), RegistrationRecord.title(stopped.pilot()),
        records.of(pilotId).proposer(), stopped.actor(),
        Labels.EARLY_STOP_REASONS.get(stopped.stop().reasonCode().name()), stopped.stop().reason());
  }

  @EventListener
  void pilotProposed(PilotProposed proposed) {
    notifications.pilotProposed(proposed.processInstanceId(), proposed.reference(), proposed.title(),
        proposed.proposer());
  }

  /** Every author hears what became of their idea: no idea disappears without an answer. */
  @EventListener
  void ideaTriaged(IdeaTriaged triaged) {
    notifications.ideaOutcome(triaged.hackDay(), triaged.idea());
  }

  /** The champions are reminded before the triage is due; the managers told once it is overdue. */
  @EventListener
  void triageNudged(TriageNudged nudged) {
    notifications.triageNudge(nudged.hackDay(), nudged.overdue(), nudged.ideasWaiting(), day(nudged.due()));
  }

  @EventListener
  void reportPublished(ReportPublished published) {
    ReportDocument report = published.publication().document();
    notifications.reportPublished(published.processInstanceId(), published.reference(), report.title(),
        ReportDocument.FAILED.equals(report.outcome()), records.of(published.processInstanceId()).proposer(),
        report.globalId());
  }

  private void reportDeadline(DelegateExecution execution, boolean overdue) {
    Task draft = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(LifecycleModel.DRAFT_FAILURE_REPORT).singleResult();
    notifications.reportDeadline(overdue, execution.getProcessInstanceId(),
        PilotRecords.referenceOf(execution), RegistrationRecord.title(execution),
        (String) execution.getVariable(PilotRecords.PROPOSER_VARIABLE), day(FailureReportDeadline.dueDateOf(execution)),
        draft == null ? null : draft.getId());
  }

  private LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
  }

  private static String signedIn(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }
}
