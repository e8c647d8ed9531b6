package org.pilotgate.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.hackday.HackDay;
import org.pilotgate.hackday.Idea;
import org.pilotgate.security.Groups;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * What PilotGate tells people by mail, and to whom. Every mail goes to the outbox under a key naming
 * its event, so the same event never reaches the same person twice.
 */
@Component
class Notifications {

  private final Recipients recipients;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final TaskLinks links;
  private final Clock clock;

  Notifications(Recipients recipients, MailTemplates templates, Outbox outbox, TaskLinks links, Clock clock) {
    this.recipients = recipients;
    this.templates = templates;
    this.outbox = outbox;
    this.links = links;
    this.clock = clock;
  }

  /** A task offered to groups: each member is told once, bar {@code mayNotDecide} (the proposer, or null). */
  void taskOffered(PilotTask task, Collection<String> groups, String mayNotDecide) {
    Set<Recipient> members = new LinkedHashSet<>();
    groups.forEach(group -> members.addAll(recipients.membersOf(group)));
    members.removeIf(member -> member.userId().equals(mayNotDecide));
    for (Recipient member : members) {
      enqueue("task:" + task.id() + ":offered", member, MailKind.TASK_OFFERED,
          task.displayName() + " is waiting for your team", taskValues(task));
    }
  }

  /** A task assigned to one person; for the tasks a review leads to, the review's outcome and reasons. */
  void taskAssigned(PilotTask task, String assignee, String reviewComments, boolean gateDecided) {
    MailKind kind = MailKind.forAssignedTask(task.key(), gateDecided);
    String subject = switch (kind) {
      case PROPOSAL_APPROVED -> task.reference() + " approved: " + task.title();
      case CHANGES_REQUESTED -> task.reference() + " needs changes: " + task.title();
      case PROPOSAL_REJECTED -> task.reference() + " rejected: " + task.title();
      default -> task.displayName() + " is waiting for you";
    };
    Map<String, Object> values = taskValues(task);
    values.put("outcome", kind.name());
    values.put("reason", reviewComments);
    recipients.user(assignee).ifPresent(to ->
        enqueue("task:" + task.id() + ":" + kind.name().toLowerCase(), to, kind, subject, values));
  }

  /**
   * The failure report's author reminded before the deadline, or told it has passed.
   *
   * @param draftTaskId the author's open draft task, or null when the report is in review
   */
  void reportDeadline(boolean overdue, String pilotId, String reference, String title, String author,
      LocalDate due, String draftTaskId) {
    MailKind kind = overdue ? MailKind.REPORT_OVERDUE : MailKind.REPORT_REMINDER;
    String subject = overdue
        ? "Overdue: the failure report for " + reference + " was due on " + readable(due)
        : "Reminder: the failure report for " + reference + " is due on " + readable(due);
    Map<String, Object> values = aboutThePilot(reference, title);
    values.put("due", readable(due));
    values.put("overdue", overdue);
    values.put("link", draftTaskId == null ? links.tasklist() : links.task(draftTaskId));
    recipients.user(author).ifPresent(to ->
        enqueue(kind.name().toLowerCase() + ":" + pilotId, to, kind, subject, values));
  }

  /** The proposer is told a manager stopped their pilot's trial early, why, and that a failure report is owed. */
  void trialStoppedEarly(String pilotId, String reference, String title, String proposer, String manager,
      String reasonLabel, String reason) {
    Map<String, Object> values = aboutThePilot(reference, title);
    values.put("manager", manager);
    values.put("reasonLabel", reasonLabel);
    values.put("reason", reason);
    values.put("link", links.tasklist());
    recipients.user(proposer).ifPresent(to -> enqueue("stopped-early:" + pilotId, to, MailKind.TRIAL_STOPPED_EARLY,
        reference + " stopped early: " + title, values));
  }

  /** The proposer is told their pilot is proposed, with its reference: what they and others will call it. */
  void pilotProposed(String pilotId, String reference, String title, String proposer) {
    Map<String, Object> values = aboutThePilot(reference, title);
    values.put("link", links.tasklist());
    recipients.user(proposer).ifPresent(to -> enqueue("proposed:" + pilotId, to, MailKind.PILOT_PROPOSED,
        reference + " proposed: " + title, values));
  }

  /** The proposer is told their pilot's report is public, and where: the end of the pilot's road. */
  void reportPublished(String pilotId, String reference, String title, boolean failed, String proposer,
      String globalId) {
    Map<String, Object> values = aboutThePilot(reference, title);
    values.put("failed", failed);
    values.put("link", links.report(globalId));
    recipients.user(proposer).ifPresent(to -> enqueue("published:" + pilotId, to, MailKind.REPORT_PUBLISHED,
        reference + " is published in the learning library: " + title, values));
  }

  /** The idea's author is told the champion's answer, with the reason, and where to go next. */
  void ideaOutcome(HackDay day, Idea idea) {
    Map<String, Object> values = new HashMap<>();
    values.put("hackDay", day.reference() + " · " + day.theme());
    values.put("ideaName", idea.title());
    values.put("outcome", idea.outcome().name());
    values.put("outcomeLabel", idea.outcome().label());
    values.put("reason", idea.reason());
    values.put("hours", idea.hoursSavedPerWeek() == null ? null : idea.hoursSavedPerWeek().toPlainString());
    values.put("pilot", idea.pilotReference());
    values.put("link", idea.pilotReference() != null ? links.tasklist() : links.hackDay(day.reference()));
    recipients.user(idea.author()).ifPresent(to -> enqueue("idea:" + idea.id() + ":outcome", to,
        MailKind.IDEA_OUTCOME, "Your hack-day idea \"" + idea.title() + "\": " + idea.outcome().label(), values));
  }

  /** The triage's reminder to every champion, or its escalation to every manager once overdue. */
  void triageNudge(HackDay day, boolean overdue, int ideasWaiting, LocalDate due) {
    MailKind kind = overdue ? MailKind.TRIAGE_OVERDUE : MailKind.TRIAGE_REMINDER;
    Map<String, Object> values = new HashMap<>();
    values.put("hackDay", day.reference() + " · " + day.theme());
    values.put("waiting", ideasWaiting);
    values.put("due", readable(due));
    values.put("overdue", overdue);
    values.put("link", overdue ? links.hackDay(day.reference()) : links.tasklist());
    String subject = (overdue ? "Overdue: " : "Reminder: ") + ideasWaiting + " ideas from " + day.reference()
        + " wait for triage, due " + readable(due);
    for (Recipient to : recipients.membersOf(overdue ? Groups.MANAGERS : Groups.CHAMPIONS)) {
      enqueue(kind.name().toLowerCase() + ":" + day.reference(), to, kind, subject, values);
    }
  }

  /**
   * The week's digest to every manager, once per week, without the decisions on pilots they proposed
   * (four-eyes); nothing to a manager for whom nothing waits.
   */
  int weeklyDigest(String week, List<DigestItem> decisionsWaiting, List<DigestItem> reportsOverdue) {
    int enqueued = 0;
    for (Recipient manager : recipients.membersOf(Groups.MANAGERS)) {
      List<DigestItem> decisions = decisionsWaiting.stream().filter(item -> item.isFor(manager)).toList();
      if (decisions.isEmpty() && reportsOverdue.isEmpty()) {
        continue;
      }
      String subject = "PilotGate week " + week + ": " + decisions.size() + " decisions waiting, "
          + reportsOverdue.size() + " reports overdue";
      Map<String, Object> values = Map.of("week", week, "decisions", decisions, "overdue", reportsOverdue,
          "tasklist", links.tasklist());
      try {
        if (enqueue("digest:" + week, manager, MailKind.WEEKLY_DIGEST, subject, values)) {
          enqueued++;
        }
      } catch (DuplicateKeyException anotherNodeWasFaster) {
        // each node runs the digest; the outbox's key lets one of them enqueue it
      }
    }
    return enqueued;
  }

  /** A date as mails show it ("4 February 2027"), or null for none. */
  static String readable(LocalDate date) {
    return date == null ? null : DayMonthYear.readable(date);
  }

  private Map<String, Object> taskValues(PilotTask task) {
    Map<String, Object> values = aboutThePilot(task.reference(), task.title());
    values.put("taskName", task.displayName());
    values.put("due", readable(task.due()));
    values.put("link", links.task(task.id()));
    return values;
  }

  /** What every mail about a pilot names: its reference and title (a map the caller adds to). */
  private static Map<String, Object> aboutThePilot(String reference, String title) {
    Map<String, Object> values = new HashMap<>();
    values.put("reference", reference);
    values.put("title", title);
    return values;
  }

  private boolean enqueue(String eventKey, Recipient to, MailKind kind, String subject, Map<String, Object> values) {
    Map<String, Object> personal = new HashMap<>(values);
    personal.put("name", to.name());
    MailTemplates.Body body = templates.render(kind.template, personal);
    return outbox.enqueue(new Mail(eventKey, to, kind, subject, body.text(), body.html()), clock.instant());
  }
}
