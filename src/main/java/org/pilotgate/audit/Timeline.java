package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happened to one pilot, oldest first, from Camunda's history and the audit chain:
 * activities entered and left, tasks offered, claimed and completed, every value set or changed
 * (with the one before), DMN evaluations with inputs, matched rules and outputs, operations done by
 * hand, background steps that failed or ran, incidents, and the chained registration versions, gate
 * decisions and publications. One query per kind of record, however many tasks the pilot had, all
 * in one read-only transaction rather than one each.
 */
@Component
@Transactional(readOnly = true)
public class Timeline {

  /** One thing that happened: when, what, in which step, by whom, and its particulars. */
  public record Event(Instant at, EventType type, String activity, String who, Map<String, Object> details) {}

  /** Who proposed which pilot, and where it stands. */
  public record Summary(String reference, String processInstanceId, String title, String serviceArea,
      String proposer, String state, Instant started, Instant ended) {}

  /** A task completion's detail: the names of the values its step set. */
  static final String VALUES_SET = "valuesSet";
  /** A step's details: its id in the model and its kind (userTask, exclusiveGateway, ...). */
  static final String ACTIVITY_ID = "activityId";
  static final String ACTIVITY_TYPE = "type";
  /** A value's details: its name, the value and the one it replaced. */
  static final String VARIABLE = "name";
  static final String VALUE = "value";
  static final String OLD_VALUE = "oldValue";

  private final HistoryService history;
  private final TaskPeopleLog taskPeople;
  private final AuditChain chain;

  Timeline(HistoryService history, TaskPeopleLog taskPeople, AuditChain chain) {
    this.history = history;
    this.taskPeople = taskPeople;
    this.chain = chain;
  }

  public Optional<List<Event>> of(String reference) {
    return summary(reference).map(this::events);
  }

  public Optional<Summary> summary(String reference) {
    HistoricProcessInstance pilot = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    if (pilot == null) {
      return Optional.empty();
    }
    Map<String, Object> facts = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(pilot.getId()).variableNameIn(RegistrationRecord.TITLE, RegistrationRecord.SERVICE_AREA, PilotRecords.PROPOSER_VARIABLE)
        .list()) {
      facts.put(variable.getName(), variable.getValue());
    }
    return Optional.of(new Summary(reference, pilot.getId(), (String) facts.get(RegistrationRecord.TITLE),
        (String) facts.get(RegistrationRecord.SERVICE_AREA), (String) facts.get(PilotRecords.PROPOSER_VARIABLE),
        pilot.getState(),
        instant(pilot.getStartTime()), pilot.getEndTime() == null ? null : instant(pilot.getEndTime())));
  }

  /** The names of the steps the pilot is in now. */
  public List<String> currentSteps(Summary pilot) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(pilot.processInstanceId()).unfinished()
        .list().stream().map(HistoricActivityInstance::getActivityName).filter(Objects::nonNull).toList();
  }

  public List<Event> events(Summary pilot) {
    String id = pilot.processInstanceId();
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(id).list();
    Steps steps = new Steps(activities, history.createHistoricTaskInstanceQuery().processInstanceId(id).list());
    List<UserOperationLogEntry> operations = history.createUserOperationLogQuery().processInstanceId(id).list();
    Map<String, String> whoByOperation = operations.stream().filter(entry -> entry.getUserId() != null)
        .collect(Collectors.toMap(UserOperationLogEntry::getOperationId, UserOperationLogEntry::getUserId,
            (first, same) -> first));

    List<Event> events = new ArrayList<>();
    activities.forEach(activity -> activityEvents(activity, events));
    taskPeople.of(id).forEach(change -> events.add(taskPeopleEvent(change, steps)));
    Map<String, Set<String>> namesSetByStep = variableEvents(id, steps, whoByOperation, events);
    steps.tasks().stream().filter(task -> "completed".equals(task.getDeleteReason()))
        .forEach(task -> events.add(new Event(instant(task.getEndTime()), EventType.TASK_COMPLETED, task.getName(),
            task.getAssignee(), Map.of("taskId", task.getId(), VALUES_SET,
                List.copyOf(namesSetByStep.getOrDefault(task.getActivityInstanceId(), Set.of()))))));
    decisionEvents(id, steps, events);
    operations.forEach(entry -> events.add(operationEvent(entry, steps)));
    jobEvents(id, steps, events);
    incidentEvents(id, steps, events);
    chain.entriesOf(pilot.reference()).forEach(entry -> events.add(new Event(Instant.parse(entry.recordedAt()),
        EventType.of(entry.kind()), null, entry.actor(),
        Map.of("recorded", ProcessData.read(entry.payload(), Map.class), "entryHash", entry.hash()))));
    events.sort(Comparator.comparing(Event::at));
    return events;
  }

  /** The names of a pilot's steps, by activity, activity instance and task. */
  private record Steps(Map<String, String> byActivityId, Map<String, String> byActivityInstanceId,
      List<HistoricTaskInstance> tasks, Map<String, String> byTaskId) {

    Steps(List<HistoricActivityInstance> activities, List<HistoricTaskInstance> tasks) {
      this(names(activities, HistoricActivityInstance::getActivityId),
          names(activities, HistoricActivityInstance::getId), tasks,
          tasks.stream().filter(task -> task.getName() != null)
              .collect(Collectors.toMap(HistoricTaskInstance::getId, HistoricTaskInstance::getName)));
    }

    private static Map<String, String> names(List<HistoricActivityInstance> activities,
        Function<HistoricActivityInstance, String> key) {
      Map<String, String> names = new HashMap<>();
      activities.stream().filter(activity -> activity.getActivityName() != null)
          .forEach(activity -> names.put(key.apply(activity), activity.getActivityName()));
      return names;
    }

    String ofActivity(String activityId) {
      return byActivityId.getOrDefault(activityId, activityId);
    }
  }

  private static void activityEvents(HistoricActivityInstance activity, List<Event> events) {
    Map<String, Object> details = Map.of(ACTIVITY_ID, activity.getActivityId(), ACTIVITY_TYPE, activity.getActivityType());
    events.add(new Event(instant(activity.getStartTime()), EventType.ACTIVITY_STARTED, activity.getActivityName(),
        null, details));
    if (activity.getEndTime() != null) {
      events.add(new Event(instant(activity.getEndTime()),
          activity.isCanceled() ? EventType.ACTIVITY_CANCELLED : EventType.ACTIVITY_ENDED,
          activity.getActivityName(), null, details));
    }
  }

  private static Event taskPeopleEvent(TaskPeopleLog.Change change, Steps steps) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("group", change.groupId());
    details.put("user", change.userId());
    details.put("taskId", change.taskId());
    return new Event(change.at(), EventType.taskLink(change.linkType(), change.operation()),
        steps.byTaskId().get(change.taskId()), change.assignerId(), details);
  }

  /**
   * One event per value set, with the value it replaced; who set it comes from the operation it was
   * part of (a task completed, a variable set by hand), and is unknown for values set by background
   * steps. Returns the names of the values set in each step, for the task completions to list.
   */
  private Map<String, Set<String>> variableEvents(String id, Steps steps, Map<String, String> whoByOperation,
      List<Event> events) {
    Map<String, Object> lastValueByVariable = new HashMap<>();
    Map<String, Set<String>> namesByStep = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceId(id)
        .orderPartiallyByOccurrence().asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      Object value = ProcessData.plain(update.getTypedValue());
      boolean changed = lastValueByVariable.containsKey(update.getVariableInstanceId());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put(VARIABLE, update.getVariableName());
      if (changed) {
        details.put(OLD_VALUE, lastValueByVariable.get(update.getVariableInstanceId()));
      }
      details.put(VALUE, value);
      details.put("revision", update.getRevision());
      lastValueByVariable.put(update.getVariableInstanceId(), value);
      events.add(new Event(instant(update.getTime()), changed ? EventType.VARIABLE_CHANGED : EventType.VARIABLE_SET,
          steps.byActivityInstanceId().get(update.getActivityInstanceId()),
          update.getUserOperationId() == null ? null : whoByOperation.get(update.getUserOperationId()), details));
      if (update.getActivityInstanceId() != null) {
        namesByStep.computeIfAbsent(update.getActivityInstanceId(), step -> new LinkedHashSet<>())
            .add(update.getVariableName());
      }
    }
    return namesByStep;
  }

  private void decisionEvents(String id, Steps steps, List<Event> events) {
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id)
        .includeInputs().includeOutputs().list()) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      decision.getInputs().forEach(input -> inputs.put(input.getClauseName(), input.getValue()));
      Map<String, Object> outputs = new LinkedHashMap<>();
      decision.getOutputs().forEach(output -> outputs.put(output.getVariableName(), output.getValue()));
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("decision", decision.getDecisionDefinitionKey());
      details.put("inputs", inputs);
      details.put("matchedRules", matchedRules(decision.getOutputs()));
      details.put("outputs", outputs);
      events.add(new Event(instant(decision.getEvaluationTime()), EventType.DECISION_EVALUATED,
          steps.ofActivity(decision.getActivityId()), null, details));
    }
  }

  /** The rules that matched, in the table's order: each output names the rule it came from. */
  private static List<Map<String, Object>> matchedRules(List<HistoricDecisionOutputInstance> outputs) {
    Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    outputs.stream().sorted(Comparator.comparing(HistoricDecisionOutputInstance::getRuleOrder))
        .forEach(output -> rules.putIfAbsent(output.getRuleId(),
            Map.of("ruleId", output.getRuleId(), "ruleOrder", output.getRuleOrder())));
    return List.copyOf(rules.values());
  }

  private static Event operationEvent(UserOperationLogEntry entry, Steps steps) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("operation", entry.getOperationType());
    details.put("entity", entry.getEntityType());
    details.put("property", entry.getProperty());
    details.put("oldValue", entry.getOrgValue());
    details.put("newValue", entry.getNewValue());
    details.put("taskId", entry.getTaskId());
    details.put("jobId", entry.getJobId());
    String step = entry.getTaskId() != null ? steps.byTaskId().get(entry.getTaskId()) : null;
    return new Event(instant(entry.getTimestamp()), EventType.OPERATION, step, entry.getUserId(), details);
  }

  /** Background steps (timers, asynchronous publishing): each failed attempt with its error, and the one that ran. */
  private void jobEvents(String id, Steps steps, List<Event> events) {
    for (HistoricJobLog attempt : history.createHistoricJobLogQuery().processInstanceId(id).list()) {
      if (attempt.isFailureLog() || attempt.isSuccessLog()) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("job", attempt.getJobDefinitionType());
        details.put("jobId", attempt.getJobId());
        if (attempt.isFailureLog()) {
          details.put("error", attempt.getJobExceptionMessage());
          // the log keeps the retries the attempt had; this failure used one of them
          details.put("retriesLeft", Math.max(0, attempt.getJobRetries() - 1));
        }
        events.add(new Event(instant(attempt.getTimestamp()),
            attempt.isFailureLog() ? EventType.JOB_FAILED : EventType.JOB_SUCCEEDED,
            steps.ofActivity(attempt.getActivityId()), null, details));
      }
    }
  }

  private void incidentEvents(String id, Steps steps, List<Event> events) {
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("incidentType", incident.getIncidentType());
      details.put("message", incident.getIncidentMessage());
      String step = steps.ofActivity(incident.getActivityId());
      events.add(new Event(instant(incident.getCreateTime()), EventType.INCIDENT_CREATED, step, null, details));
      if (incident.getEndTime() != null) {
        events.add(new Event(instant(incident.getEndTime()),
            incident.isResolved() ? EventType.INCIDENT_RESOLVED : EventType.INCIDENT_DELETED, step, null,
            Map.of("incidentType", incident.getIncidentType())));
      }
    }
  }

  private static Instant instant(Date date) {
    return date.toInstant();
  }
}
