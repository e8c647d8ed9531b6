package org.pilotgate.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * Everything that happened to one pilot, oldest first, from Camunda's history and the audit chain:
 * activities entered and left, tasks offered, claimed and completed with the values submitted,
 * DMN evaluations with inputs and outputs, operations done by hand, incidents, and the chained
 * registration versions, gate decisions and publications.
 */
@Component
public class Timeline {

  /** One thing that happened: when, what, to which step, by whom, and its particulars. */
  public record Event(Instant at, String type, String activity, String who, Map<String, Object> details) {}

  private final HistoryService history;
  private final AuditChain chain;

  Timeline(HistoryService history, AuditChain chain) {
    this.history = history;
    this.chain = chain;
  }

  public Optional<List<Event>> of(String reference) {
    HistoricProcessInstance pilot = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    if (pilot == null) {
      return Optional.empty();
    }
    String id = pilot.getId();
    List<Event> events = new ArrayList<>();
    activities(id, events);
    tasks(id, events);
    decisions(id, events);
    operations(id, events);
    incidents(id, events);
    chain.entriesOf(reference).forEach(entry -> events.add(new Event(Instant.parse(entry.recordedAt()),
        entry.kind().name(), null, entry.actor(), Map.of("recorded", ProcessData.read(entry.payload(), Map.class),
            "entryHash", entry.hash()))));
    events.sort(Comparator.comparing(Event::at));
    return Optional.of(events);
  }

  private void activities(String id, List<Event> events) {
    for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(id).list()) {
      events.add(new Event(instant(a.getStartTime()), "ACTIVITY_STARTED", a.getActivityName(), null,
          Map.of("activityId", a.getActivityId(), "type", a.getActivityType())));
      if (a.getEndTime() != null) {
        events.add(new Event(instant(a.getEndTime()), a.isCanceled() ? "ACTIVITY_CANCELLED" : "ACTIVITY_ENDED",
            a.getActivityName(), null, Map.of("activityId", a.getActivityId(), "type", a.getActivityType())));
      }
    }
  }

  private void tasks(String id, List<Event> events) {
    Map<String, Map<String, Object>> submittedByStep = submittedValues(id);
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("linkType", link.getType());
        details.put("operation", link.getOperationType());
        details.put("group", link.getGroupId());
        details.put("user", link.getUserId());
        events.add(new Event(instant(link.getTime()), "TASK_" + link.getType().toUpperCase() + "_"
            + link.getOperationType().toUpperCase(), task.getName(), link.getAssignerId(), details));
      }
      if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
        events.add(new Event(instant(task.getEndTime()), "TASK_COMPLETED", task.getName(), task.getAssignee(),
            Map.of("taskId", task.getId(), "submitted",
                submittedByStep.getOrDefault(task.getActivityInstanceId(), Map.of()))));
      }
    }
  }

  /**
   * The values set in each step, by the step's activity instance: for a task, the form fields
   * submitted and what its listeners derived. One query for the whole pilot.
   */
  private Map<String, Map<String, Object>> submittedValues(String id) {
    Map<String, Map<String, Object>> byStep = new java.util.HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceId(id)
        .orderByTime().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && update.getActivityInstanceId() != null) {
        byStep.computeIfAbsent(update.getActivityInstanceId(), step -> new LinkedHashMap<>())
            .put(update.getVariableName(), ProcessData.plain(update.getTypedValue()));
      }
    }
    return byStep;
  }

  private void decisions(String id, List<Event> events) {
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id)
        .includeInputs().includeOutputs().list()) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      decision.getInputs().forEach(input -> inputs.put(input.getClauseName(), input.getValue()));
      Map<String, Object> outputs = new LinkedHashMap<>();
      decision.getOutputs().forEach(output -> outputs.put(output.getVariableName(), output.getValue()));
      events.add(new Event(instant(decision.getEvaluationTime()), "DECISION_EVALUATED", decision.getActivityId(),
          null, Map.of("decision", decision.getDecisionDefinitionKey(), "inputs", inputs, "outputs", outputs)));
    }
  }

  private void operations(String id, List<Event> events) {
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(id).list()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("operation", entry.getOperationType());
      details.put("entity", entry.getEntityType());
      details.put("property", entry.getProperty());
      details.put("oldValue", entry.getOrgValue());
      details.put("newValue", entry.getNewValue());
      details.put("taskId", entry.getTaskId());
      events.add(new Event(instant(entry.getTimestamp()), "OPERATION", null, entry.getUserId(), details));
    }
  }

  private void incidents(String id, List<Event> events) {
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
      events.add(new Event(instant(incident.getCreateTime()), "INCIDENT", incident.getActivityId(), null,
          Map.of("message", String.valueOf(incident.getIncidentMessage()), "resolved", incident.isResolved())));
    }
  }

  private static Instant instant(Date date) {
    return date.toInstant();
  }
}
