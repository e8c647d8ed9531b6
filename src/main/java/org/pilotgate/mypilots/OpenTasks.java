package org.pilotgate.mypilots;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pilotgate.audit.PilotRegister;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Pilots' open tasks from the engine, read with PilotGate's rights (no Camunda user is signed in on
 * these pages): which pilots have a task waiting for a person, and what each pilot of a page waits
 * for. One query each, however many pilots.
 */
@Component
class OpenTasks {

  private static final Map<String, String> GROUP_MEMBER = Map.of(Groups.MANAGERS, "a manager",
      Groups.OFFICERS, "an officer", Groups.CHAMPIONS, "a collaboration champion");

  private final TaskService tasks;
  private final RepositoryService repository;
  private final PeopleNames names;

  OpenTasks(TaskService tasks, RepositoryService repository, PeopleNames names) {
    this.tasks = tasks;
    this.repository = repository;
    this.names = names;
  }

  /** The pilots (process instance ids) with a task assigned to the viewer, or offered to a group of theirs and not yet taken. */
  Set<String> pilotsWaitingFor(Viewer viewer) {
    TaskQuery query = tasks.createTaskQuery().processDefinitionKey(LifecycleModel.PROCESS).or()
        .taskAssignee(viewer.userId());
    if (!viewer.groups().isEmpty()) {
      query.taskCandidateGroupIn(List.copyOf(viewer.groups()));
    }
    return query.endOr().list().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
  }

  /** What each of these pilots waits for, by process instance id, oldest task first. */
  Map<String, List<WaitingTask>> of(Collection<PilotRegister.Pilot> pilots, Viewer viewer) {
    if (pilots.isEmpty()) {
      return Map.of();
    }
    Map<String, String> proposers = new HashMap<>();
    pilots.forEach(pilot -> proposers.put(pilot.processInstanceId(), pilot.proposer()));
    List<Task> open = tasks.createTaskQuery().processInstanceIdIn(proposers.keySet().toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
    Map<String, String> people = names.of(open.stream().map(Task::getAssignee).filter(Objects::nonNull).toList());
    ModelTasks model = new ModelTasks(repository);
    return open.stream().collect(Collectors.groupingBy(Task::getProcessInstanceId, LinkedHashMap::new,
        Collectors.mapping(task -> waiting(task, model.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
            viewer, viewer.userId().equals(proposers.get(task.getProcessInstanceId())), people), Collectors.toList())));
  }

  /**
   * A task offered to a group waits for its members, bar the pilot's proposer: the group tasks are
   * the managers' decisions, which nobody takes on a pilot they proposed (the four-eyes rule).
   */
  private static WaitingTask waiting(Task task, ModelTasks.Step step, Viewer viewer, boolean viewerProposed,
      Map<String, String> people) {
    String assignee = task.getAssignee();
    boolean forViewer = assignee == null ? viewer.inAnyOf(step.candidateGroups()) && !viewerProposed
        : assignee.equals(viewer.userId());
    String waitingFor;
    if (assignee != null) {
      waitingFor = forViewer ? "you" : people.getOrDefault(assignee, assignee);
    } else {
      waitingFor = step.candidateGroups().stream().map(group -> GROUP_MEMBER.getOrDefault(group, "someone in " + group))
          .sorted().collect(Collectors.joining(" or "));
    }
    return new WaitingTask(step.name(), waitingFor.isEmpty() ? "anyone" : waitingFor,
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), forViewer ? task.getId() : null);
  }
}
