package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.plan;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.READ_REJECTION;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.hackday.TestHackDays;
import org.pilotgate.insights.InsightModel;
import org.pilotgate.library.Insight;
import org.pilotgate.library.Insights;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.process.ChampionsModel;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.ProcessData;
import org.pilotgate.trial.TrialRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what, through real HTTP: every role against every action, compared with the table in
 * docs/security.md. The test fails when the application and the documentation disagree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // serves /actuator/prometheus, which Boot leaves out of tests otherwise
class PermissionMatrixTest extends PilotProcessTest {

  static final Path DOCUMENT = Path.of("docs/security.md");
  static final List<String> ROLES = List.of("anonymous", "officer", "manager", "auditor", "champion", "admin");
  static final Map<String, String> USER_OF = Map.of("officer", "olivia", "manager", "mia", "auditor", "ada",
      "champion", "cam", "admin", "admin");
  static final String ENGINE = "/engine-rest";
  /** The engine API as Tasklist and Cockpit call it, in the signed-in session. */
  static final String WEBAPP_API = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired LibraryStore library;
  @Autowired HistoryService history;
  @Autowired Insights insights;

  /**
   * An action a role attempts, in a signed-in browser session or as an API client with HTTP Basic,
   * given the role's HTTP client and user id.
   */
  private record Action(String name, boolean inBrowser, BiFunction<HttpTestClient, String, Integer> attempt) {

    /** Webapp pages ("open ...") are opened in a browser; everything else is an API call. */
    Action(String name, Function<HttpTestClient, Integer> attempt) {
      this(name, name.startsWith("open "), (http, user) -> attempt.apply(http));
    }
  }

  @Test
  void everyRoleGetsExactlyTheDocumentedAnswer() throws IOException {
    Map<String, Map<String, Integer>> observed = new LinkedHashMap<>();
    for (String role : ROLES) {
      for (Action action : actions()) {
        observed.computeIfAbsent(action.name(), a -> new LinkedHashMap<>())
            .put(role, action.attempt().apply(client(role, action), USER_OF.getOrDefault(role, "nobody")));
      }
    }
    assertThat(table(observed)).as("observed matrix (left) against docs/security.md (right)")
        .isEqualTo(documentedTable());
  }

  /**
   * The rows of the table, in its order. Actions that change something share their pilot between
   * roles: the administrator, the last role tried, is the only one expected to succeed.
   */
  private List<Action> actions() {
    List<Action> actions = new ArrayList<>(lifecycleActions());
    actions.addAll(auditActions());
    actions.addAll(partnerActions());
    actions.addAll(championActions());
    actions.addAll(insightActions());
    actions.addAll(operationsActions());
    return actions;
  }

  /** What load balancers and Prometheus call. */
  private static List<Action> operationsActions() {
    return List.of(
        new Action("check readiness", http -> http.get("/actuator/health/readiness").statusCode()),
        new Action("scrape metrics", http -> http.get("/actuator/prometheus", "text/plain").statusCode()));
  }

  private List<Action> lifecycleActions() {
    String report = publishedReport();
    String oscarsPilot = propose("oscar", proposal()).getId();
    String trialToStop = inTrial("oscar", "max").getBusinessKey();
    return List.of(
        new Action("open Tasklist", http -> http.getPage("/camunda/app/tasklist/default/").statusCode()),
        new Action("open Cockpit", http -> http.getPage("/camunda/app/cockpit/default/").statusCode()),
        new Action("open Admin", http -> http.getPage("/camunda/app/admin/default/").statusCode()),
        new Action("start a pilot", http -> http.postJson(ENGINE + "/process-definition/key/pilot-lifecycle/submit-form",
            Map.of("variables", HttpTestClient.variables(proposal()))).statusCode()),
        new Action("complete an officer task", http -> submit(http, taskAt(approved("olivia", "max"), PLAN_TRIAL), plan())),
        new Action("complete a gate", http -> submit(http, taskAt(atTheGate("olivia", "max"), DECIDE_GATE), TestPilots.gate("STOP", null))),
        new Action("read history", http -> http.get(ENGINE + "/history/process-instance/" + oscarsPilot).statusCode()),
        new Action("change a process variable", http -> http.putJson(ENGINE + "/process-instance/" + oscarsPilot
            + "/variables/title", Map.of("value", "Renamed")).statusCode()),
        new Action("delete a process instance", http -> http.delete(ENGINE + "/process-instance/"
            + propose("oscar", proposal()).getId()).statusCode()),
        new Action("read a published report", http -> http.get("/api/library/reports/" + report).statusCode()),
        new Action("stop a trial early on its page", true, (http, user) -> stopEarlyOnItsPage(http,
            inTrial("oscar", "max").getBusinessKey())),
        new Action("stop a trial early through the engine API", http -> http.postJson(ENGINE + "/message", Map.of(
            "messageName", LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE, "businessKey", trialToStop,
            "processVariables", Map.of(TrialRecord.EARLY_STOP_REASON_CODE, Map.of("value", "COST"),
                TrialRecord.EARLY_STOP_REASON, Map.of("value", "From outside"))))
            .statusCode()));
  }

  /** What auditors read, and every kind of change they must be refused, through the API and through Cockpit. */
  private List<Action> auditActions() {
    ProcessInstance oscarsPilot = propose("oscar", proposal());
    String reference = oscarsPilot.getBusinessKey();
    String timer = management.createJobQuery().processInstanceId(inTrial("oscar", "max").getId())
        .activityId(TRIAL_END_REACHED).singleResult().getId();
    String toSuspend = propose("oscar", proposal()).getId();
    String finished = rejected("oscar").getId();
    String operation = history.createUserOperationLogQuery().processInstanceId(oscarsPilot.getId()).list().get(0).getOperationId();
    return List.of(
        new Action("read a pilot's timeline", http -> http.get("/api/audit/pilots/" + reference).statusCode()),
        new Action("open a pilot's timeline page", http -> http.getPage("/audit/pilots/" + reference).statusCode()),
        new Action("export a timeline as CSV", http -> http.get("/api/audit/pilots/" + reference + "/timeline.csv")
            .statusCode()),
        new Action("find pilots", http -> http.get("/api/audit/pilots?person=oscar&role=OFFICER").statusCode()),
        new Action("verify the audit chain", http -> http.get("/api/audit/chain").statusCode()),
        new Action("open the audit chain page", http -> http.getPage("/audit/chain").statusCode()),
        new Action("set a job's retries", http -> http.putJson(ENGINE + "/job/" + timer + "/retries",
            Map.of("retries", 3)).statusCode()),
        new Action("suspend a process instance", http -> http.putJson(ENGINE + "/process-instance/" + toSuspend
            + "/suspended", Map.of("suspended", true)).statusCode()),
        new Action("claim a manager task", false, (http, user) -> http.postJson(ENGINE + "/task/"
            + taskAt(propose("oscar", proposal()), REVIEW_PROPOSAL) + "/claim", Map.of("userId", user)).statusCode()),
        new Action("comment on a task", http -> http.postJson(ENGINE + "/task/" + taskAt(oscarsPilot, REVIEW_PROPOSAL)
            + "/comment/create", Map.of("message", "Seen")).statusCode()),
        new Action("comment on a task in Tasklist", true, (http, user) -> webapp(http)
            .postJson(WEBAPP_API + "/task/" + taskAt(oscarsPilot, REVIEW_PROPOSAL) + "/comment/create",
                Map.of("message", "Seen in Tasklist")).statusCode()),
        new Action("annotate the operation log", http -> http.putJson(ENGINE + "/history/user-operation/" + operation
            + "/set-annotation", Map.of("annotation", "Checked")).statusCode()),
        new Action("delete a finished pilot's history", http -> http.delete(ENGINE + "/history/process-instance/"
            + finished).statusCode()),
        new Action("create an authorization", http -> http.postJson(ENGINE + "/authorization/create", Map.of(
            "type", 1, "permissions", List.of("ACCESS"), "userId", "matrix-nobody", "resourceType", 0,
            "resourceId", "matrix-probe")).statusCode()),
        new Action("deploy a model", http -> http.postFile(ENGINE + "/deployment/create", "model", "matrix-probe.bpmn",
            Bpmn.convertToString(Bpmn.createExecutableProcess("matrix-probe").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done())).statusCode()),
        new Action("change a variable in Cockpit", true, (http, user) -> webapp(http)
            .putJson(WEBAPP_API + "/process-instance/" + oscarsPilot.getId() + "/variables/title",
                Map.of("value", "Renamed in Cockpit", "type", "String")).statusCode()));
  }

  /** The partner register: all staff read it, champions and administrators change it, anyone reads its open data. */
  private static List<Action> partnerActions() {
    return List.of(
        new Action("open the partner register", http -> http.getPage("/partners").statusCode()),
        new Action("open the partner map", http -> http.getPage("/partners/map").statusCode()),
        new Action("add a partner on its page", true, PermissionMatrixTest::addPartner),
        new Action("import partners from CSV", true, PermissionMatrixTest::importPartner),
        new Action("export the partner register", http -> http.get("/partners/export.csv").statusCode()),
        new Action("read the partners' open data", http -> http.get("/api/partners/open-data.json").statusCode()),
        new Action("start a hack day", http -> http.postJson(ENGINE + "/process-definition/key/hack-day/submit-form",
            Map.of("variables", HttpTestClient.variables(TestHackDays.plan(LocalDate.now())))).statusCode()),
        new Action("open the hack days", http -> http.getPage("/hack-days").statusCode()));
  }

  /**
   * The champions' tasks beside a pilot: only champions and administrators work them, the proposer
   * included, and nobody starts their processes by hand. Each attempt has a pilot of its own.
   */
  private List<Action> championActions() {
    return List.of(
        new Action("confirm a partner named in a proposal", http -> submit(http, championsTask(
            propose("oscar", TestPilots.proposalNaming(Map.of("name", "Matrix " + UUID.randomUUID(), "sector", "PRIVATE",
                "role", "Helps"))), ChampionsModel.CONFIRM_PARTNER_PROCESS).getId(), Variables.createVariables()
            .putValue("confirmation", "DECLINE").putValue("declineReason", "A test name"))),
        new Action("suggest partners for a pilot", http -> submit(http, championsTask(approved("olivia", "max"),
            ChampionsModel.SUGGEST_PARTNERS_PROCESS).getId(), Variables.createVariables()
            .putValue("suggestions", ProcessData.json(List.of())))),
        new Action("start a champions' process by hand", http -> http.postJson(ENGINE + "/process-definition/key/"
            + ChampionsModel.CONFIRM_PARTNER_PROCESS + "/start", Map.of("businessKey", "PIL-2099-0001")).statusCode()));
  }

  /**
   * The quarterly "what works" insight: champions write, managers review, only its timer starts it, and
   * everyone reads a published one. Each attempt has a quarter of its own, its timer fired here.
   */
  private List<Action> insightActions() {
    String report = ReportDocument.globalId("DEMO", publishedReport());
    Insight published = insights.write("matrix-insight-" + UUID.randomUUID(), "DEMO", "Matrix insight", "What works",
        List.of(report), "cam", Instant.now());
    insights.publish(published.processInstanceId(), "mia", Instant.now());
    VariableMap note = Variables.createVariables().putValue(InsightModel.TITLE, "Matrix note")
        .putValue(InsightModel.TEXT, "What works").putValue(InsightModel.REPORTS, report);
    return List.of(
        new Action("read a published insight", http -> http.get(Insights.path(published.id())).statusCode()),
        new Action("write the what works insight", http -> submit(http, openTask(quarterBegun(),
            InsightModel.WRITE_INSIGHT).getId(), note)),
        new Action("review the what works insight", http -> {
          ProcessInstance quarter = quarterBegun();
          complete(quarter, InsightModel.WRITE_INSIGHT, "cam", note);
          return submit(http, openTask(quarter, InsightModel.REVIEW_INSIGHT).getId(),
              Variables.createVariables().putValue(InsightModel.DECISION, "APPROVE"));
        }),
        new Action("start the what works insight by hand", http -> http.postJson(ENGINE + "/process-definition/key/"
            + InsightModel.PROCESS + "/start", Map.of()).statusCode()));
  }

  /** Fires the quarter's timer, as the engine does each quarter, and gives the quarter it started. */
  private ProcessInstance quarterBegun() {
    Set<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(InsightModel.PROCESS).list()
        .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    management.executeJob(management.createJobQuery().processDefinitionKey(InsightModel.PROCESS).timers()
        .singleResult().getId());
    return runtime.createProcessInstanceQuery().processDefinitionKey(InsightModel.PROCESS).list().stream()
        .filter(instance -> !before.contains(instance.getId())).findFirst().orElseThrow();
  }

  private static final String PARTNER_COLUMNS = "name,sector,kind,areas,touchpoints,residentGroups,contactName,"
      + "contactEmail,contactPhone,dataSharing,status";

  /** A POST of the partner form with the session's CSRF token (a stranger's from the login page). */
  private static int addPartner(HttpTestClient http, String user) {
    return http.send("POST", "/partners", "application/x-www-form-urlencoded", "_csrf=" + partnerPageToken(http)
        + "&name=Matrix+" + user + "&sector=PRIVATE&kind=Shop+staff&areas=Abbey&dataSharing=NONE&status=MAPPED")
        .statusCode();
  }

  private static int importPartner(HttpTestClient http, String user) {
    return http.postFile("/partners/import?_csrf=" + partnerPageToken(http), "file", "partners.csv",
        PARTNER_COLUMNS + "\nMatrix import " + user + ",PRIVATE,Shop staff,Abbey,,,,,,NONE,MAPPED\n").statusCode();
  }

  private static String partnerPageToken(HttpTestClient http) {
    return http.csrfTokenOn(http.getPage("/partners").statusCode() == 302 ? "/login" : "/partners");
  }

  /** Signed in through the login page for the webapps, with HTTP Basic for the APIs; nothing for anonymous. */
  private HttpTestClient client(String role, Action action) {
    if ("anonymous".equals(role)) {
      return HttpTestClient.anonymous(port);
    }
    String user = USER_OF.get(role);
    return action.inBrowser()
        ? HttpTestClient.signedIn(port, user, DemoUsers.PASSWORD)
        : HttpTestClient.basic(port, user, DemoUsers.PASSWORD);
  }

  /** A browser session sending the CSRF token of Camunda's webapps, as Tasklist and Cockpit do. */
  private static HttpTestClient webapp(HttpTestClient browser) {
    return browser.withWebappCsrfToken("/camunda/api/engine/engine/");
  }

  /** A POST of the stop form with a reason and the session's CSRF token (a stranger's from the login page). */
  private static int stopEarlyOnItsPage(HttpTestClient http, String reference) {
    String page = "/pilots/" + reference + "/stop-early";
    int shown = http.getPage(page).statusCode();
    String token = http.csrfTokenOn(shown == 302 ? "/login" : page);
    return http.postForm(page, Map.of(TrialRecord.EARLY_STOP_REASON_CODE, "COST",
        TrialRecord.EARLY_STOP_REASON, "The operator withdrew funding.", "_csrf", token)).statusCode();
  }

  private ProcessInstance rejected(String officer) {
    ProcessInstance pilot = propose(officer, proposal());
    complete(pilot, REVIEW_PROPOSAL, "max", Variables.createVariables()
        .putValue("reviewDecision", "REJECT").putValue("reviewComments", "Not this year."));
    complete(pilot, READ_REJECTION, officer, Variables.createVariables());
    return pilot;
  }

  private String taskAt(ProcessInstance pilot, String taskKey) {
    return openTask(pilot, taskKey).getId();
  }

  private static int submit(HttpTestClient http, String task, VariableMap values) {
    return http.postJson(ENGINE + "/task/" + task + "/submit-form", Map.of("variables", HttpTestClient.variables(values))).statusCode();
  }

  /** A report of its own: a year no other test uses, so it never collides with their references (SignInTest's PIL-2026-9001). */
  private String publishedReport() {
    String id = "PIL-2099-" + (1000 + (int) (Math.random() * 9000));
    library.publishOnce(TestPilots.report("DEMO", id, "Matrix report", "FAILED", "OTHER", "Lessons"), "matrix-" + id);
    return id;
  }

  static String table(Map<String, Map<String, Integer>> matrix) {
    StringBuilder table = new StringBuilder("| action | " + String.join(" | ", ROLES) + " |\n");
    table.append("|---".repeat(ROLES.size() + 1)).append("|\n");
    matrix.forEach((action, codes) -> {
      table.append("| ").append(action);
      ROLES.forEach(role -> table.append(" | ").append(codes.get(role)));
      table.append(" |\n");
    });
    return table.toString();
  }

  static String documentedTable() throws IOException {
    Matcher between = Pattern.compile("<!-- permission-matrix -->\\s*\\n(.*?)<!-- /permission-matrix -->", Pattern.DOTALL)
        .matcher(Files.readString(DOCUMENT));
    assertThat(between.find()).as("docs/security.md has the permission matrix between its markers").isTrue();
    return between.group(1);
  }
}
