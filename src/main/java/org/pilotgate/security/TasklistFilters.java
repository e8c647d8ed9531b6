package org.pilotgate.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pilotgate.process.LifecycleModel;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The task lists people see in Tasklist, which shows nothing until a filter exists and opens the
 * readable filter with the lowest priority first. Created at start-up when missing, each readable by
 * the groups it is for; an operator's later changes are kept. Filters of earlier releases are
 * brought up to date only where they still hold the value that release gave them (see
 * docs/operations.md, "Tasklist filters").
 */
@Component
class TasklistFilters {

  static final List<String> DECISION_TASKS = Stream.concat(FourEyes.DECISIONS.stream(),
      Stream.of(LifecycleModel.CHASE_OVERDUE_REPORT)).toList();

  static final String DECISIONS_WAITING = "Decisions waiting";
  static final String MY_TASKS = "My tasks";
  static final String PILOTS_I_PROPOSED = "Pilots I proposed";
  static final String OVERDUE = "Overdue";
  static final String CHAMPIONS_WORK = "Champions' work";

  private static final List<String> EVERYONE = List.of(Groups.OFFICERS, Groups.MANAGERS, Groups.CHAMPIONS);
  private static final String PRIORITY = "priority";

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
    bringUpToDate();
    // a manager who is also an officer (e.g. sam) opens on the decisions: they hold up others' pilots
    create(DECISIONS_WAITING, "Reviews, gates and report reviews waiting for a manager", -20, List.of(Groups.MANAGERS),
        tasks.createTaskQuery().taskCandidateGroup(Groups.MANAGERS).includeAssignedTasks()
            .taskDefinitionKeyIn(DECISION_TASKS.toArray(String[]::new)));
    // only champions read it, so it opens first for them and nobody else sees it
    create(CHAMPIONS_WORK, "Partners to confirm and suggest, hack-day ideas, the quarter's insight: the collaboration champions' work", -30,
        List.of(Groups.CHAMPIONS), tasks.createTaskQuery().taskCandidateGroup(Groups.CHAMPIONS).includeAssignedTasks());
    create(OVERDUE, "Tasks past their due date", -15, List.of(Groups.MANAGERS),
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    create(MY_TASKS, "Tasks assigned to me or offered to my groups", -10, EVERYONE,
        tasks.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .endOr());
    // Camunda evaluates ${currentUser()} in identity criteria only, never in a process variable's value,
    // so "proposer = me" is matched through the tasks the process gives the proposer (assignee="${proposer}"),
    // including those they delegated (then the owner)
    create(PILOTS_I_PROPOSED, "Tasks of pilots I proposed", -5, List.of(Groups.OFFICERS),
        tasks.createTaskQuery().processDefinitionKey(LifecycleModel.PROCESS).taskInvolvedUserExpression("${currentUser()}"));
    create("Assigned to me", "Tasks I must do", 0, EVERYONE,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create("My groups' tasks", "Unclaimed tasks offered to my groups", 10, EVERYONE,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
  }

  /** The first release called "My tasks" "My work" and put "Decisions waiting" after it (priority 20). */
  private void bringUpToDate() {
    Filter myWork = filters.createFilterQuery().filterName("My work").singleResult();
    if (myWork != null && filters.createFilterQuery().filterName(MY_TASKS).count() == 0) {
      filters.saveFilter(myWork.setName(MY_TASKS));
    }
    Filter decisions = filters.createFilterQuery().filterName(DECISIONS_WAITING).singleResult();
    if (decisions != null && Integer.valueOf(20).equals(decisions.getProperties().get(PRIORITY))) {
      Map<String, Object> properties = new LinkedHashMap<>(decisions.getProperties());
      properties.put(PRIORITY, -20);
      filters.saveFilter(decisions.setProperties(properties));
    }
  }

  private void create(String name, String description, int priority, List<String> readers, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put(PRIORITY, priority);
    properties.put("refresh", true);
    Filter filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
    readers.forEach(group -> readGrants.toGroup(group, Resources.FILTER, filter.getId()));
  }
}
