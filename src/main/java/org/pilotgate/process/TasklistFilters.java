package org.pilotgate.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pilotgate.security.Groups;
import org.pilotgate.security.ReadGrants;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The task lists people see in Tasklist, which shows nothing until a filter exists. Created at
 * start-up when missing, each readable by the groups it is for; an operator's later changes are kept.
 */
@Component
class TasklistFilters {

  static final List<String> DECISION_TASKS = List.of("ReviewProposal", "DecideGate", "ReviewSuccessReport",
      "ReviewFailureReport", "StopTrialEarly", "ChaseOverdueReport");

  private static final List<String> EVERYONE = List.of(Groups.OFFICERS, Groups.MANAGERS, Groups.CHAMPIONS);

  private final FilterService filters;
  private final TaskService tasks;
  private final ReadGrants readGrants;

  TasklistFilters(FilterService filters, TaskService tasks, ReadGrants readGrants) {
    this.filters = filters;
    this.tasks = tasks;
    this.readGrants = readGrants;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createMissing() {
    create("My work", "Tasks assigned to me or offered to my groups", -10, EVERYONE,
        tasks.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .endOr());
    create("Assigned to me", "Tasks I must do", 0, EVERYONE,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create("My groups' tasks", "Unclaimed tasks offered to my groups", 10, EVERYONE,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    create("Decisions waiting", "Reviews, gates and report reviews waiting for a manager", 20, List.of(Groups.MANAGERS),
        tasks.createTaskQuery().taskCandidateGroup("managers").includeAssignedTasks()
            .taskDefinitionKeyIn(DECISION_TASKS.toArray(String[]::new)));
  }

  private void create(String name, String description, int priority, List<String> readers, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    Filter filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
    readers.forEach(group -> readGrants.toGroup(group, Resources.FILTER, filter.getId()));
  }
}
