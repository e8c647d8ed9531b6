package org.pilotgate.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The task lists people see in Tasklist, which shows nothing until a filter exists. Created at
 * start-up when missing; an operator's later changes to them are kept.
 */
@Component
class TasklistFilters {

  static final List<String> DECISION_TASKS = List.of("ReviewProposal", "DecideGate", "ReviewSuccessReport",
      "ReviewFailureReport", "StopTrialEarly", "ChaseOverdueReport");

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createMissing() {
    create("My work", "Tasks assigned to me or offered to my groups", -10,
        tasks.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .endOr());
    create("Assigned to me", "Tasks I must do", 0,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create("My groups' tasks", "Unclaimed tasks offered to my groups", 10,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    create("Decisions waiting", "Reviews, gates and report reviews waiting for a manager", 20,
        tasks.createTaskQuery().taskCandidateGroup("managers").includeAssignedTasks()
            .taskDefinitionKeyIn(DECISION_TASKS.toArray(String[]::new)));
  }

  private void create(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }
}
