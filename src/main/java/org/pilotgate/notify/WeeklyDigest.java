package org.pilotgate.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.report.FailureReportDeadline;
import org.pilotgate.security.FourEyes;
import org.pilotgate.security.Groups;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The managers' weekly digest: decisions waiting for them and failure reports overdue. Every node
 * runs it; the outbox's key (the ISO week and the manager) lets only the first enqueue it, so no
 * lease is needed and a node restarted in the same week sends nothing again.
 */
@Component
class WeeklyDigest {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final TaskLinks links;
  private final PilotRecords records;
  private final ZoneId zone;
  private final Clock clock;

  WeeklyDigest(TaskService tasks, RuntimeService runtime, Notifications notifications, TaskLinks links,
      PilotRecords records, PilotGateProperties properties, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.notifications = notifications;
    this.links = links;
    this.records = records;
    this.zone = properties.zone();
    this.clock = clock;
  }

  @Scheduled(cron = "${pilotgate.mail.digest-cron:0 0 7 * * MON}", zone = "${pilotgate.zone:Europe/London}")
  void scheduled() {
    send(clock.instant());
  }

  /** Enqueues this week's digest for every manager not sent it yet; returns how many. */
  int send(Instant now) {
    ZonedDateTime today = now.atZone(zone);
    String week = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return notifications.weeklyDigest(week, decisionsWaiting(), reportsOverdue());
  }

  private List<DigestItem> decisionsWaiting() {
    return tasks.createTaskQuery().taskCandidateGroup(Groups.MANAGERS).includeAssignedTasks().active()
        .orderByTaskCreateTime().asc().list().stream()
        .map(task -> new DigestItem(task.getName(), day(task.getCreateTime()), day(task.getDueDate()),
            links.task(task.getId()), FourEyes.DECISIONS.contains(task.getTaskDefinitionKey())
                ? records.of(task.getProcessInstanceId()).proposer() : null))
        .toList();
  }

  private List<DigestItem> reportsOverdue() {
    return runtime.createProcessInstanceQuery().variableValueEquals(FailureReportDeadline.OVERDUE, true).active()
        .orderByBusinessKey().asc().list().stream()
        .map(pilot -> {
          Map<String, Object> values = runtime.getVariables(pilot.getId(),
              List.of(PilotRecords.REFERENCE_VARIABLE, RegistrationRecord.TITLE, FailureReportDeadline.DUE_DATE));
          return new DigestItem(values.get(PilotRecords.REFERENCE_VARIABLE) + " · " + values.get(RegistrationRecord.TITLE),
              null, day((Date) values.get(FailureReportDeadline.DUE_DATE)), null, null);
        })
        .toList();
  }

  private LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
  }
}
