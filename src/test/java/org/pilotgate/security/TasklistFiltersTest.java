package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tasklist shows each demo user when it opens: it lists the Task filters the user may read,
 * opens the one with the lowest priority, and lists that filter's tasks, all through the engine REST API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired FilterService filters;
  @Autowired TasklistFilters tasklistFilters;

  @Test
  void anOfficersFirstFilterHoldsTheirTask() {
    ProcessInstance pilot = approved("olivia", "max");

    assertThat(firstFilter("olivia").path("name").asText()).isEqualTo(TasklistFilters.MY_TASKS);
    assertThat(taskIds("olivia", firstFilter("olivia"))).contains(openTask(pilot, PLAN_TRIAL).getId());
  }

  @Test
  void aChampionsFirstFilterHoldsTheirPartnersToConfirmAndSuggest() {
    ProcessInstance pilot = approved("olivia", "max");
    List<String> championsTasks = tasks.createTaskQuery().processVariableValueEquals("pilotReference", pilot.getBusinessKey())
        .taskCandidateGroup(Groups.CHAMPIONS).list().stream().map(Task::getId).toList();

    JsonNode first = firstFilter("cam");
    assertThat(first.path("name").asText()).isEqualTo(TasklistFilters.CHAMPIONS_WORK);
    assertThat(championsTasks).as("suggest partners, and confirm Go Buses unless the register has it").isNotEmpty();
    assertThat(taskIds("cam", first)).containsAll(championsTasks);
  }

  @Test
  void aManagersFirstFilterHoldsAWaitingGateAndReview() {
    ProcessInstance pilot = atTheGate("olivia", "max");
    String gate = openTask(pilot, DECIDE_GATE).getId();
    String review = openTask(propose("oscar", TestPilots.proposal()), REVIEW_PROPOSAL).getId();
    for (String manager : new String[] {"mia", "sam"}) {
      JsonNode first = firstFilter(manager);
      assertThat(first.path("name").asText()).as(manager).isEqualTo(TasklistFilters.DECISIONS_WAITING);
      assertThat(taskIds(manager, first)).as(manager).contains(gate, review);
    }
  }

  @Test
  void pilotsIProposedListsOnlyTheProposersPilots() {
    ProcessInstance olivias = approved("olivia", "max");
    ProcessInstance oscars = approved("oscar", "max");

    List<String> listed = taskIds("olivia", filter("olivia", TasklistFilters.PILOTS_I_PROPOSED));
    assertThat(listed).contains(openTask(olivias, PLAN_TRIAL).getId())
        .doesNotContain(openTask(oscars, PLAN_TRIAL).getId());
  }

  @Test
  void overdueListsTasksPastTheirDueDate() {
    Task late = openTask(propose("olivia", TestPilots.proposal()), REVIEW_PROPOSAL);
    Task onTime = openTask(propose("olivia", TestPilots.proposal()), REVIEW_PROPOSAL);
    late.setDueDate(Date.from(java.time.Instant.now().minusSeconds(3600)));
    tasks.saveTask(late);

    List<String> overdue = taskIds("mia", filter("mia", TasklistFilters.OVERDUE));
    assertThat(overdue).contains(late.getId()).doesNotContain(onTime.getId());
  }

  @Test
  void filtersOfTheFirstReleaseAreUpdatedOnlyWhereTheOperatorLeftThemAlone() {
    Filter myTasks = filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();
    filters.deleteFilter(myTasks.getId());
    Filter myWork = filters.saveFilter(filters.newTaskFilter("My work").setQuery(myTasks.getQuery())
        .setProperties(Map.of("priority", -10)));
    setPriority(TasklistFilters.DECISIONS_WAITING, 20);
    setPriority(TasklistFilters.OVERDUE, 3);

    tasklistFilters.createMissing();

    assertThat(filters.createFilterQuery().filterName("My work").count()).isZero();
    assertThat(filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult().getId())
        .as("renamed, keeping the operator's query and grants").isEqualTo(myWork.getId());
    assertThat(priority(TasklistFilters.DECISIONS_WAITING)).isEqualTo(-20);
    assertThat(priority(TasklistFilters.OVERDUE)).as("an operator's choice").isEqualTo(3);
    setPriority(TasklistFilters.OVERDUE, -15);
  }

  private void setPriority(String filterName, int priority) {
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    Map<String, Object> properties = new java.util.HashMap<>(filter.getProperties());
    properties.put("priority", priority);
    filters.saveFilter(filter.setProperties(properties));
  }

  private Object priority(String filterName) {
    return filters.createFilterQuery().filterName(filterName).singleResult().getProperties().get("priority");
  }

  /** The filter Tasklist opens first: the lowest priority the user may read (ties by name). */
  private JsonNode firstFilter(String user) {
    return readableFilters(user).stream()
        .min(Comparator.comparingInt((JsonNode f) -> f.path("properties").path("priority").asInt())
            .thenComparing(f -> f.path("name").asText()))
        .orElseThrow(() -> new AssertionError(user + " may read no filter"));
  }

  private JsonNode filter(String user, String name) {
    return readableFilters(user).stream().filter(f -> f.path("name").asText().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(user + " may not read " + name));
  }

  private List<JsonNode> readableFilters(String user) {
    JsonNode filters = HttpTestClient.json(api(user).get("/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc"));
    return StreamSupport.stream(filters.spliterator(), false).toList();
  }

  private List<String> taskIds(String user, JsonNode filter) {
    JsonNode listed = HttpTestClient.json(api(user).postJson("/engine-rest/filter/" + filter.path("id").asText()
        + "/list?maxResults=1000", Map.of()));
    List<String> ids = new ArrayList<>();
    listed.forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }

  private HttpTestClient api(String user) {
    return HttpTestClient.basic(port, user, DemoUsers.PASSWORD);
  }
}
