package org.pilotgate.mypilots;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The user tasks of the deployed models as the diagram names them (without the reference that
 * Tasklist puts in front) and the groups each is offered to. One reader per page: each version of
 * the model is read once (the engine caches it).
 */
final class ModelTasks {

  /** A user task of the model: its plain name and its candidate groups. */
  record Step(String name, Set<String> candidateGroups) {}

  private final RepositoryService repository;
  private final Map<String, BpmnModelInstance> models = new HashMap<>();

  ModelTasks(RepositoryService repository) {
    this.repository = repository;
  }

  Step step(String processDefinitionId, String taskKey) {
    UserTask task = models.computeIfAbsent(processDefinitionId, repository::getBpmnModelInstance)
        .getModelElementById(taskKey);
    if (task == null) {
      return new Step(taskKey, Set.of());
    }
    String groups = task.getCamundaCandidateGroups();
    return new Step(task.getName(), groups == null ? Set.of()
        : Arrays.stream(groups.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet()));
  }
}
