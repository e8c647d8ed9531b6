package org.pilotgate.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.LifecycleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the pilots that were in Camunda's history before the register existed, rebuilt from
 * history, when PilotGate starts. One indexed anti-join finds them, so it costs little when none
 * are missing.
 */
@Component
class PilotRegisterBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(PilotRegisterBackfill.class);
  private static final int BATCH = 500;

  private final HistoryService history;
  private final RepositoryService repository;
  private final ManagementService management;
  private final PilotRegister register;
  private final TransactionTemplate transaction;

  PilotRegisterBackfill(HistoryService history, RepositoryService repository, ManagementService management,
      PilotRegister register, PlatformTransactionManager transactions) {
    this.history = history;
    this.repository = repository;
    this.management = management;
    this.register = register;
    this.transaction = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  void addMissingPilots() {
    Set<String> tried = new HashSet<>();
    List<HistoricProcessInstance> batch = missing();
    while (!batch.isEmpty() && !tried.containsAll(batch.stream().map(HistoricProcessInstance::getId).toList())) {
      for (HistoricProcessInstance pilot : batch) {
        if (tried.add(pilot.getId())) {
          transaction.executeWithoutResult(status -> add(pilot));
        }
      }
      batch = missing();
    }
    if (!tried.isEmpty()) {
      LOG.info("Added {} pilots from Camunda's history to the pilot register", tried.size());
    }
  }

  /** Pilots in history (with their reference) that the register lacks, a batch at a time. */
  private List<HistoricProcessInstance> missing() {
    return history.createNativeHistoricProcessInstanceQuery()
        .sql("SELECT * FROM " + management.getTableName(HistoricProcessInstance.class) + " h"
            + " WHERE h.PROC_DEF_KEY_ = #{process} AND h.BUSINESS_KEY_ IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM pilot_register r WHERE r.process_instance_id = h.ID_)"
            + " ORDER BY h.START_TIME_")
        .parameter("process", LifecycleModel.PROCESS)
        .listPage(0, BATCH);
  }

  private void add(HistoricProcessInstance pilot) {
    String id = pilot.getId();
    List<String> stepsEntered = history.createHistoricActivityInstanceQuery().processInstanceId(id)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
    boolean cancelled = HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(pilot.getState());
    register.add(new PilotRegister.Pilot(pilot.getBusinessKey(), id, text(id, RegistrationRecord.TITLE),
        text(id, RegistrationRecord.SERVICE_AREA),
        cancelled ? PilotStatus.CANCELLED : PilotStatus.after(stepsEntered), pilot.getStartUserId(),
        pilot.getStartTime().toInstant(), pilot.getEndTime() == null ? null : pilot.getEndTime().toInstant(),
        text(id, PilotRecords.RECOMMENDATION_VARIABLE), text(id, GateRuling.DECISION), everOverrode(id)));
    BpmnModelInstance model = repository.getBpmnModelInstance(pilot.getProcessDefinitionId());
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).finished()
        .list()) {
      if ("completed".equals(task.getDeleteReason()) && task.getAssignee() != null) {
        register.worked(id, task.getAssignee(), PilotRole.ofTask(model, task.getTaskDefinitionKey()));
      }
    }
  }

  private String text(String processInstanceId, String name) {
    HistoricVariableInstance variable = variable(processInstanceId, name);
    return variable == null || variable.getValue() == null ? null : variable.getValue().toString();
  }

  /** Whether any gate decision differed from its recommendation, not just the latest. */
  private boolean everOverrode(String processInstanceId) {
    HistoricVariableInstance followed = variable(processInstanceId, GateRuling.RECOMMENDATION_FOLLOWED);
    return followed != null && history.createHistoricDetailQuery().variableUpdates()
        .variableInstanceId(followed.getId()).list().stream()
        .anyMatch(detail -> Boolean.FALSE.equals(((HistoricVariableUpdate) detail).getValue()));
  }

  private HistoricVariableInstance variable(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .list().stream().findFirst().orElse(null);
  }
}
