package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.RECORD_CHECK_IN;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.EngineApiOperations.Access;
import org.pilotgate.security.EngineApiOperations.Operation;
import org.pilotgate.security.EngineApiOperations.Outcome;
import org.pilotgate.security.EngineApiOperations.Scope;
import org.pilotgate.security.HostileRequests.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every operation of Camunda's engine API that is not a GET, sent by every role against real pilots
 * in every lifecycle state where it matters, with hostile values in its body: the HTTP status must be
 * the one PilotGate's rules give that role, and none of the pilot's governed facts may change.
 * Administrators may delete a pilot still waiting for its review, which must then be recorded as
 * withdrawn. What was checked is written to {@code target/engine-api-attack/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // administrators' attempts add users, groups, filters and grants to this context
class EngineApiAttackTest extends PilotProcessTest {

  /** Where a pilot waits, and the task open there that the attacks name. */
  enum State {
    PROPOSED(REVIEW_PROPOSAL), IN_TRIAL(RECORD_CHECK_IN), AT_GATE(DECIDE_GATE),
    DRAFTING_FAILURE_REPORT(DRAFT_FAILURE_REPORT), REVIEWING_FAILURE_REPORT(REVIEW_FAILURE_REPORT);

    final String openTask;

    State(String openTask) {
      this.openTask = openTask;
    }
  }

  /** A role, the demo user playing it, and whose pilot it attacks: its own for proposers, else olivia's. */
  record Role(String name, String user, String attacksPilotOf, Set<Access> passes) {

    boolean anonymous() {
      return user == null;
    }
  }

  /** The two ways to the engine API: the REST API with HTTP Basic, and the webapps' API in a signed-in session. */
  enum Api { REST, WEBAPP }

  private static final Set<Access> WORKER = Set.of(Access.SIGNED_IN, Access.WORKERS, Access.OWN);
  static final List<Role> ROLES = List.of(
      new Role("anonymous", null, "olivia", Set.of()),
      new Role("officer", "olivia", "olivia", WORKER),
      new Role("proposer-manager", "sam", "sam", WORKER),
      new Role("manager", "mia", "olivia", WORKER),
      new Role("auditor", "ada", "olivia", Set.of(Access.SIGNED_IN)),
      new Role("champion", "cam", "olivia", WORKER),
      new Role("admin", "admin", "olivia", Set.of(Access.SIGNED_IN, Access.WORKERS, Access.OWN, Access.ADMINS)));
  static final int NON_GET_OPERATIONS = 191;
  static final int READS_BY_POST = 34;
  static final Path REPORT = Path.of("target/engine-api-attack");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;
  @Autowired DemoUsers demoUsers;

  private final Map<String, Pilot> pilots = new HashMap<>();
  private final Map<Api, Map<String, HttpTestClient>> clients = new EnumMap<>(Api.class);
  private final List<String> failures = new ArrayList<>();
  /** Camunda answers 500 to many requests it refuses (a ProcessEngineException): listed, not failed. */
  private final List<String> serverErrors = new ArrayList<>();
  private final List<String> results = new ArrayList<>();
  private final Map<String, Integer> checked = new LinkedHashMap<>();
  private PilotFacts.Reader facts;
  private HostileRequests requests;
  private String filterId;
  private String authorizationId;

  /** A pilot waiting in one state, the ids an attack names, and its facts before the attack. */
  private record Pilot(ProcessInstance instance, Target target, PilotFacts facts) {}

  @Test
  void everyWriteIsClassifiedAndCounted() {
    EngineApiOperations operations = EngineApiOperations.load();
    assertThat(operations.all()).as("operations of Camunda's engine API that are not a GET").hasSize(NON_GET_OPERATIONS);
    assertThat(operations.all().stream().filter(operation -> !operation.isWrite()))
        .as("of which reads sent as POST (queries, counts, filter lists)").hasSize(READS_BY_POST);
  }

  @Test
  void noRoleChangesAGovernedFactThroughTheEngineApi() throws IOException {
    Instant start = Instant.now();
    EngineApiOperations operations = EngineApiOperations.load();
    requests = new HostileRequests(operations);
    facts = PilotFacts.Reader.of(jdbc, runtime, history);
    ensureSacrifices();
    for (State state : State.values()) {
      for (Operation operation : operations.all()) {
        if (operation.scope() == Scope.PILOT || state == State.PROPOSED) {
          ROLES.forEach(role -> attack(Api.REST, operation, role, state));
        }
      }
    }
    for (Operation operation : operations.all()) {
      ROLES.forEach(role -> attack(Api.WEBAPP, operation, role, State.PROPOSED));
    }
    int requestsSent = report(operations, Duration.between(start, Instant.now()));
    assertThat(Files.readString(PermissionMatrixTest.DOCUMENT)).as("docs/security.md gives the number of requests checked")
        .contains("<!-- attack-count -->" + requestsSent + " requests<!-- /attack-count -->");
    assertThat(failures).as("attacks that got an unexpected answer or changed a governed fact "
        + "(all of them in %s)", REPORT.resolve("failures.txt")).isEmpty();
  }

  /**
   * Other spellings of refused routes, which Jersey would serve as the route itself (trailing slash,
   * named engine, percent-encoded letters) or which Spring's firewall rejects (double slash, encoded
   * slash, path parameters): none gets through, and nothing changes.
   */
  @Test
  void noSpellingOfARefusedRouteGetsThrough() throws IOException {
    facts = PilotFacts.Reader.of(jdbc, runtime, history);
    ProcessInstance pilot = propose("olivia", TestPilots.proposal());
    String task = openTask(pilot, REVIEW_PROPOSAL).getId();
    PilotFacts before = facts.read(pilot.getId(), pilot.getBusinessKey());
    int comments = tasks.getTaskComments(task).size();
    long deployments = repository.createDeploymentQuery().count();
    Map<String, Integer> answers = new LinkedHashMap<>();
    HttpTestClient auditor = HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD);
    String comment = "{\"message\":\"An auditor's remark\"}";
    Map.of("trailing slash", "/engine-rest/task/" + task + "/comment/create/",
        "double slash", "/engine-rest//task/" + task + "/comment/create",
        "upper case", "/engine-rest/TASK/" + task + "/Comment/Create",
        "percent-encoded letter", "/engine-rest/task/" + task + "/%63omment/create",
        "encoded slash", "/engine-rest/task/" + task + "/comment%2Fcreate",
        "path parameter", "/engine-rest/task/" + task + "/comment;x=y/create",
        "named engine", "/engine-rest/engine/default/task/" + task + "/comment/create/",
        "upper-case prefix", "/ENGINE-REST/task/" + task + "/comment/create")
        .forEach((spelling, path) -> answers.put("auditor comments, " + spelling,
            auditor.send("POST", path, "application/json", comment).statusCode()));
    answers.put("auditor comments in Cockpit's session, trailing slash", HttpTestClient.signedIn(port, "ada",
            DemoUsers.PASSWORD).withWebappCsrfToken(prefix(Api.WEBAPP) + "/")
        .send("POST", prefix(Api.WEBAPP) + "/task/" + task + "/comment/create/", "application/json", comment).statusCode());
    HttpTestClient manager = HttpTestClient.basic(port, "mia", DemoUsers.PASSWORD);
    answers.put("manager sets variables, trailing slash", manager.send("POST", "/engine-rest/task/" + task
        + "/variables/", "application/json", "{\"modifications\":{\"proposer\":{\"value\":\"mia\"}}}").statusCode());
    answers.put("manager throws a BPMN error, upper case", manager.send("POST", "/engine-rest/Task/" + task
        + "/bpmnError", "application/json", "{\"errorCode\":\"trial-stopped-early\"}").statusCode());
    answers.put("officer deletes a task as PUT with X-HTTP-Method-Override", HttpTestClient.basic(port, "olivia",
        DemoUsers.PASSWORD).send("PUT", "/engine-rest/task/" + task, "application/json", "{}",
        "X-HTTP-Method-Override", "DELETE").statusCode());
    HttpTestClient admin = HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD);
    List.of("/engine-rest/deployment/create/", "/engine-rest/engine/default/deployment/create",
            "/engine-rest/Deployment/Create", "/engine-rest/deployment/%63reate")
        .forEach(path -> answers.put("admin deploys at " + path, admin.postFile(path, "data", "attack.bpmn",
            "<definitions/>").statusCode()));

    Files.createDirectories(REPORT);
    Files.write(REPORT.resolve("spellings.txt"), answers.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    assertThat(answers).as("answers to other spellings of refused routes").allSatisfy((attempt, status) ->
        assertThat(status).as(attempt).isBetween(400, 499));
    assertThat(facts.read(pilot.getId(), pilot.getBusinessKey()).changedSince(before)).isEmpty();
    assertThat(tasks.getTaskComments(task)).hasSize(comments);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  private void attack(Api api, Operation operation, Role role, State state) {
    Pilot pilot = pilot(state, role.attacksPilotOf());
    HostileRequests.Request request = requests.build(operation, pilot.target().withShared(filterId, authorizationId),
        role.anonymous() ? "olivia" : role.user());
    HttpResponse<String> response = client(api, role).send(request.method(), prefix(api) + request.path(),
        request.contentType(), request.body());
    int status = response.statusCode();
    if (status / 100 == 2 && operation.isWrite()) {
      undoWhatIsNotAFact(operation);
    }
    PilotFacts after = facts.read(pilot.instance().getId(), pilot.target().reference());
    String where = "%s | %s | %s | %s | %d".formatted(operation, role.name(), state, api, status);
    results.add(where);
    String statusProblem = statusProblem(operation, role, status);
    if (statusProblem != null) {
      failures.add(statusProblem + " | " + where + " | " + abbreviate(response.body()));
    }
    if (status >= 500) {
      serverErrors.add(where + " | " + abbreviate(response.body()));
    }
    String factsProblem = factsProblem(operation, role, state, pilot.facts(), after);
    if (factsProblem != null) {
      failures.add(factsProblem + " | " + where);
    }
    if (!after.equals(pilot.facts())) {
      pilots.remove(key(state, role.attacksPilotOf())); // a fresh pilot for the next attack
    }
    checked.merge(api + " " + state, 1, Integer::sum);
  }

  /** Null when the status is the one expected; otherwise what was expected. */
  private static String statusProblem(Operation operation, Role role, int status) {
    if (role.anonymous()) {
      return status == 401 ? null : "STATUS expected 401";
    }
    if (!role.passes().contains(operation.access())) {
      return status == 403 ? null : "STATUS expected 403 (HTTP rule)";
    }
    // A server error is the engine refusing with the wrong code: reported apart, see serverErrors.
    if (operation.outcome() == Outcome.GUARDED) {
      return status / 100 == 4 || status >= 500 ? null : "STATUS expected 4xx (engine must refuse)";
    }
    return status / 100 == 3 ? "STATUS expected 2xx or 4xx" : null;
  }

  /** Null when no governed fact changed, or when an administrator withdrew a pilot waiting for its review and it was recorded. */
  private static String factsProblem(Operation operation, Role role, State state, PilotFacts before, PilotFacts after) {
    boolean withdrawal = operation.outcome() == Outcome.WITHDRAWS && role.passes().contains(Access.ADMINS)
        && state == State.PROPOSED && !after.running();
    if (withdrawal) {
      return after.withdrawn() ? null : "FACTS deleted a proposed pilot without recording it as withdrawn (pilot_record)";
    }
    List<String> changed = after.changedSince(before);
    return changed.isEmpty() ? null : "FACTS changed: " + String.join("; ", changed);
  }

  /**
   * Suspensions, deleted users, filters and grants are not facts of a pilot, but would spoil the
   * attacks after them; batches are run so that what they would do to the pilot shows in its facts.
   */
  private void undoWhatIsNotAFact(Operation operation) {
    if (management.createBatchQuery().count() > 0) {
      runBatches();
    }
    if (operation.path().contains("suspended")) {
      activateWhatWasSuspended();
    }
    if (operation.path().startsWith("/user") || operation.path().startsWith("/group")) {
      demoUsers.createMissing();
    }
    if (Stream.of("/filter", "/authorization", "/group", "/tenant").anyMatch(operation.path()::startsWith)) {
      ensureSacrifices();
    }
  }

  private void runBatches() {
    for (int round = 0; round < 3; round++) {
      // a batch's jobs belong to no process definition; a timer start event's do
      List<Job> batchJobs = management.createJobQuery().list().stream()
          .filter(job -> job.getProcessDefinitionKey() == null && job.getRetries() > 0).toList();
      if (batchJobs.isEmpty()) {
        break;
      }
      batchJobs.forEach(job -> {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException refused) {
          // a batch the engine refuses to carry out: what matters is the pilot's facts afterwards
        }
      });
    }
    management.createBatchQuery().list().forEach(batch -> management.deleteBatch(batch.getId(), true));
  }

  private void activateWhatWasSuspended() {
    if (repository.createProcessDefinitionQuery().suspended().count() > 0) {
      repository.createProcessDefinitionQuery().suspended().list()
          .forEach(definition -> repository.activateProcessDefinitionById(definition.getId(), true, null));
    }
    if (runtime.createProcessInstanceQuery().suspended().count() > 0) {
      runtime.updateProcessInstanceSuspensionState().byProcessDefinitionKey(LifecycleModel.PROCESS).activate();
    }
    if (management.createJobDefinitionQuery().suspended().count() > 0) {
      management.activateJobDefinitionByProcessDefinitionKey(LifecycleModel.PROCESS, true);
    }
    if (management.createJobQuery().suspended().count() > 0) {
      management.activateJobByProcessDefinitionKey(LifecycleModel.PROCESS);
    }
  }

  /** A filter, a grant, a group and a tenant that administrators' attacks may change or delete, instead of PilotGate's own. */
  private void ensureSacrifices() {
    if (identity.createGroupQuery().groupId(HostileRequests.SACRIFICIAL_GROUP).count() == 0) {
      identity.saveGroup(identity.newGroup(HostileRequests.SACRIFICIAL_GROUP));
    }
    if (identity.createTenantQuery().tenantId(HostileRequests.SACRIFICIAL_TENANT).count() == 0) {
      identity.saveTenant(identity.newTenant(HostileRequests.SACRIFICIAL_TENANT));
    }
    if (filterId == null || filters.getFilter(filterId) == null) {
      filterId = filters.saveFilter(filters.newTaskFilter("Attack target").setOwner("nobody")
          .setQuery(tasks.createTaskQuery())).getId();
    }
    if (authorizationId == null || authorizations.createAuthorizationQuery().authorizationId(authorizationId).count() == 0) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId("attack-target");
      grant.setResource(Resources.PROCESS_INSTANCE);
      grant.setResourceId("attack-target");
      grant.addPermission(Permissions.READ);
      authorizationId = authorizations.saveAuthorization(grant).getId();
    }
  }

  private Pilot pilot(State state, String proposer) {
    return pilots.computeIfAbsent(key(state, proposer), key -> {
      ProcessInstance instance = waitingIn(state, proposer);
      Target target = target(instance, state, proposer);
      return new Pilot(instance, target, facts.read(instance.getId(), target.reference()));
    });
  }

  private static String key(State state, String proposer) {
    return state + "/" + proposer;
  }

  /** A pilot of {@code proposer} taken to {@code state}; max, who attacks nothing, makes the managers' decisions. */
  private ProcessInstance waitingIn(State state, String proposer) {
    if (state == State.PROPOSED) {
      return propose(proposer, TestPilots.proposal());
    }
    ProcessInstance pilot = inTrial(proposer, "max");
    if (state == State.IN_TRIAL) {
      fire(pilot, CHECK_IN_DUE);
    }
    if (state.ordinal() >= State.AT_GATE.ordinal()) {
      evaluated(pilot, evaluation(2, 15000, 3));
    }
    if (state.ordinal() >= State.DRAFTING_FAILURE_REPORT.ordinal()) {
      complete(pilot, DECIDE_GATE, "max", gate("STOP", null));
    }
    if (state == State.REVIEWING_FAILURE_REPORT) {
      complete(pilot, DRAFT_FAILURE_REPORT, proposer, failureReport());
    }
    return pilot;
  }

  private Target target(ProcessInstance pilot, State state, String proposer) {
    Task task = openTask(pilot, state.openTask);
    String definition = pilot.getProcessDefinitionId();
    List<Job> jobs = management.createJobQuery().processInstanceId(pilot.getId()).list();
    String job = jobs.stream().filter(j -> TRIAL_END_REACHED.equals(activityOf(j))).findFirst()
        .or(() -> jobs.stream().findFirst()).map(Job::getId).orElse("no-such-job");
    List<org.camunda.bpm.engine.history.UserOperationLogEntry> operations = history.createUserOperationLogQuery()
        .processInstanceId(pilot.getId()).list();
    return new Target(pilot.getId(), pilot.getBusinessKey(), proposer, task.getId(), task.getExecutionId(), job,
        definition, repository.getProcessDefinition(definition).getDeploymentId(),
        management.createJobDefinitionQuery().processDefinitionId(definition).list().get(0).getId(),
        history.createHistoricVariableInstanceQuery().processInstanceId(pilot.getId()).variableName("proposer")
            .singleResult().getId(),
        operations.isEmpty() ? "no-such-operation" : operations.get(0).getOperationId(),
        tasks.createComment(task.getId(), pilot.getId(), "A note an attacker may try to change").getId(),
        repository.createDecisionDefinitionQuery().decisionDefinitionKey("pilot-evaluation").latestVersion()
            .singleResult().getId(),
        null, null);
  }

  private String activityOf(Job job) {
    return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
  }

  private HttpTestClient client(Api api, Role role) {
    return clients.computeIfAbsent(api, a -> new HashMap<>()).computeIfAbsent(role.name(), name -> {
      if (role.anonymous()) {
        return HttpTestClient.anonymous(port);
      }
      return api == Api.REST
          ? HttpTestClient.basic(port, role.user(), DemoUsers.PASSWORD)
          : HttpTestClient.signedIn(port, role.user(), DemoUsers.PASSWORD).withWebappCsrfToken(prefix(Api.WEBAPP) + "/");
    });
  }

  private static String prefix(Api api) {
    return api == Api.REST ? "/engine-rest" : "/camunda/api/engine/engine/default";
  }

  /** Writes what was checked and what failed under target/, and returns the number of requests sent. */
  private int report(EngineApiOperations operations, Duration took) throws IOException {
    long writes = operations.all().stream().filter(Operation::isWrite).count();
    int requestsSent = checked.values().stream().mapToInt(Integer::intValue).sum();
    String summary = """
        Engine API attack suite
        operations (not GET): %d, of which writes: %d and reads sent as POST: %d
        roles: %d (%s)
        states: %d (%s)
        requests checked: %d (%s)
        failures: %d
        server errors (5xx, listed in server-errors.txt): %d
        took: %d s
        """.formatted(operations.all().size(), writes, operations.all().size() - writes, ROLES.size(),
        String.join(", ", ROLES.stream().map(Role::name).toList()), State.values().length,
        String.join(", ", java.util.Arrays.stream(State.values()).map(State::name).toList()), requestsSent, checked,
        failures.size(), serverErrors.size(), took.toSeconds());
    Files.createDirectories(REPORT);
    Files.writeString(REPORT.resolve("summary.txt"), summary);
    Files.write(REPORT.resolve("failures.txt"), failures);
    Files.write(REPORT.resolve("server-errors.txt"), serverErrors);
    Files.write(REPORT.resolve("results.txt"), results);
    System.out.println(summary);
    return requestsSent;
  }

  private static String abbreviate(String body) {
    String line = body == null ? "" : body.replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }
}
