package org.pilotgate.mypilots;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.pilotgate.audit.PilotStatus;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationFrozen;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.pilot.RegistrationVersions;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * A pilot's page beyond its row: who proposed it, the success criteria it is judged on (the frozen
 * registration's once the trial is planned, the proposal's before), the steps people have done so
 * far, and whether the viewer may stop its trial early.
 */
@Component
class PilotDetails {

  /** Camunda's delete reason of a task someone completed (rather than one a timer or an early stop cancelled). */
  private static final String COMPLETED = "completed";

  /** A pilot's page. */
  record Detail(PilotRow row, String proposer, List<SuccessCriterion> criteria, List<DoneStep> steps,
      boolean canStopEarly) {}

  /** A step someone did: the task's plain name, who did it and when. */
  record DoneStep(String name, String by, Instant at) {}

  private final PilotRecords records;
  private final RegistrationVersions versions;
  private final HistoryService history;
  private final RepositoryService repository;
  private final PeopleNames names;

  PilotDetails(PilotRecords records, RegistrationVersions versions, HistoryService history,
      RepositoryService repository, PeopleNames names) {
    this.records = records;
    this.versions = versions;
    this.history = history;
    this.repository = repository;
    this.names = names;
  }

  Detail of(PilotRow row, Viewer viewer) {
    String processInstanceId = row.pilot().processInstanceId();
    String proposer = records.find(processInstanceId).map(PilotRecords.PilotRecord::proposer)
        .orElse(row.pilot().proposer());
    List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .finished().taskDeleteReason(COMPLETED).orderByHistoricTaskInstanceEndTime().asc().list();
    Map<String, String> people = names.of(Stream.concat(Stream.of(proposer),
        done.stream().map(HistoricTaskInstance::getAssignee)).filter(Objects::nonNull).toList());
    ModelTasks model = new ModelTasks(repository);
    List<DoneStep> steps = done.stream().map(task -> new DoneStep(
        model.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).name(),
        task.getAssignee() == null ? "" : people.getOrDefault(task.getAssignee(), task.getAssignee()),
        task.getEndTime().toInstant())).toList();
    boolean canStopEarly = row.pilot().status() == PilotStatus.IN_TRIAL && viewer.isManager()
        && !viewer.userId().equals(proposer);
    return new Detail(row, people.getOrDefault(proposer, proposer), criteria(row.pilot().reference(),
        processInstanceId), steps, canStopEarly);
  }

  /** The frozen registration's criteria once the trial is planned; before that, the proposal's. */
  private List<SuccessCriterion> criteria(String reference, String processInstanceId) {
    List<RegistrationFrozen.Version> frozen = versions.recorded(reference);
    if (!frozen.isEmpty()) {
      return frozen.get(frozen.size() - 1).registration().successCriteria();
    }
    HistoricVariableInstance proposed = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(RegistrationRecord.VARIABLE).singleResult();
    return proposed == null ? List.of()
        : ProcessData.convert(ProcessData.plain(proposed.getTypedValue()), Registration.class).successCriteria();
  }
}
