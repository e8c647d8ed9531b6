package org.pilotgate.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PILOT_STOPPED;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PUBLISH_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.RECORD_CHECK_IN;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;
import static org.pilotgate.process.LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.trial.TrialRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attacks that once broke PilotGate's promises, each tried with nothing but a demo login, through
 * the engine's REST API and through the API Tasklist and Cockpit use, and each refused (4xx) with
 * nothing of the pilot changed: its values, where it waits, its record, its audit chain and the library.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PromisesHoldAgainstAnyRouteTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired PilotRecords records;
  @Autowired AuditChain chain;
  @Autowired LibraryStore library;

  /** The two ways in: the engine's REST API with HTTP Basic, and the webapps' engine API in a signed-in session. */
  enum Api {
    ENGINE_REST("/engine-rest"), TASKLIST("/camunda/api/engine/engine/default");

    final String base;

    Api(String base) {
      this.base = base;
    }
  }

  @Test
  void anOfficerCannotEndHerStoppedPilotWithoutAReportByThrowingAnError() {
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");
    String draft = openTask(pilot, DRAFT_FAILURE_REPORT).getId();
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "olivia").postJson(api.base + "/task/" + draft + "/bpmnError",
          Map.of("errorCode", "anything")));
      refusedAndUnchanged(pilot, () -> as(api, "olivia").postJson(api.base + "/task/" + draft + "/bpmnError",
          Map.of("errorCode", "trial-stopped-early")));
      refusedAndUnchanged(pilot, () -> as(api, "olivia").postJson(api.base + "/task/" + draft + "/bpmnEscalation",
          Map.of("escalationCode", "anything")));
    }
    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT);
  }

  @Test
  void aManagerCannotEndAStoppedPilotOrItsGateByThrowingAnError() {
    ProcessInstance atGate = atTheGate("olivia", "max");
    ProcessInstance reviewing = stoppedAtTheGate("olivia", "max", "mia");
    complete(reviewing, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    for (Api api : Api.values()) {
      refusedAndUnchanged(atGate, () -> as(api, "mia").postJson(api.base + "/task/" + taskAt(atGate, DECIDE_GATE)
          + "/bpmnError", Map.of("errorCode", "anything")));
      refusedAndUnchanged(reviewing, () -> as(api, "mia").postJson(api.base + "/task/"
          + taskAt(reviewing, REVIEW_FAILURE_REPORT) + "/bpmnError", Map.of("errorCode", "anything")));
    }
    assertThat(atGate).isWaitingAt(DECIDE_GATE);
    assertThat(reviewing).isWaitingAt(REVIEW_FAILURE_REPORT);
  }

  @Test
  void aManagerCannotHideAFailureReportBehindAnotherPilotsReference() {
    ProcessInstance published = stoppedAtGateAndPublished();
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    String review = taskAt(pilot, REVIEW_FAILURE_REPORT);
    Map<String, Object> othersReference = Map.of("value", published.getBusinessKey(), "type", "String");
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "mia").putJson(api.base + "/task/" + review
          + "/variables/pilotReference", othersReference));
      refusedAndUnchanged(pilot, () -> as(api, "mia").putJson(api.base + "/task/" + review
          + "/localVariables/pilotReference", othersReference));
      refusedAndUnchanged(pilot, () -> as(api, "mia").postJson(api.base + "/task/" + review + "/variables",
          Map.of("modifications", Map.of("pilotReference", othersReference))));
      HttpResponse<String> smuggled = refusedAndUnchanged(pilot, () -> as(api, "mia").postJson(api.base + "/task/"
          + review + "/submit-form", Map.of("variables", Map.of("reportReviewDecision", Map.of("value", "APPROVE"),
              "pilotReference", othersReference))));
      assertThat(smuggled.statusCode()).isEqualTo(400);
      assertThat(message(smuggled)).endsWith("pilotReference is not a field of the form 'review-failure-report', "
          + "so it cannot be submitted here.");
    }

    complete(pilot, REVIEW_FAILURE_REPORT, "mia", approve("reportReviewDecision"));
    fire(pilot, PUBLISH_FAILURE_REPORT);
    assertThat(library.findLocal(pilot.getBusinessKey())).as("published under its own reference").isPresent();
    assertThat(pilot).isEnded();
  }

  @Test
  void publishingNeverCountsAnotherPilotsReportAsThisOnes() {
    ProcessInstance published = stoppedAtGateAndPublished();
    ReportDocument theirs = library.findLocal(published.getBusinessKey()).orElseThrow().document();
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");

    assertThatThrownBy(() -> library.publishOnce(theirs, pilot.getId()))
        .hasMessageContaining("that is not pilot " + pilot.getId() + "'s: nothing was published");
  }

  @Test
  void anOfficerCannotStartAPilotPartWayOrWithoutItsListeners() {
    long pilotsBefore = runtime.createProcessInstanceQuery().count();
    Map<String, Object> proposal = HttpTestClient.variables(proposal());
    for (Api api : Api.values()) {
      String start = api.base + "/process-definition/key/pilot-lifecycle/start";
      for (String step : List.of(PUBLISH_SUCCESS_REPORT, PUBLISH_FAILURE_REPORT, DECIDE_GATE, PILOT_STOPPED)) {
        assertRefused(as(api, "olivia").postJson(start, Map.of("variables", proposal,
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", step)),
            "skipCustomListeners", true, "skipIoMappings", true)));
      }
      // Camunda itself refuses skipping the start event's listeners without instructions, with a 500
      assertThat(as(api, "olivia").postJson(start, Map.of("variables", proposal, "skipCustomListeners", true))
          .statusCode()).isGreaterThanOrEqualTo(400);
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(pilotsBefore);
  }

  @Test
  void aPilotStartedWithAnotherPilotsBusinessKeyStillGetsItsOwnReference() {
    ProcessInstance first = propose("olivia", proposal());
    HttpResponse<String> started = as(Api.ENGINE_REST, "olivia").postJson(
        "/engine-rest/process-definition/key/pilot-lifecycle/start",
        Map.of("variables", HttpTestClient.variables(proposal()), "businessKey", first.getBusinessKey()));

    assertThat(started.statusCode()).isEqualTo(200);
    String second = HttpTestClient.json(started).path("id").asText();
    assertThat(records.of(second).reference()).isNotEqualTo(first.getBusinessKey());
  }

  @Test
  void anOfficerCannotProposeAPilotInAManagersName() {
    long pilotsBefore = runtime.createProcessInstanceQuery().count();
    Map<String, Object> proposal = new HashMap<>(HttpTestClient.variables(proposal()));
    proposal.put("proposer", Map.of("value", "mia"));
    for (Api api : Api.values()) {
      HttpResponse<String> refused = as(api, "olivia").postJson(api.base
          + "/process-definition/key/pilot-lifecycle/submit-form", Map.of("variables", proposal));
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(message(refused)).contains("proposer is not a field of the form 'pilot-proposal'");
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(pilotsBefore);
  }

  @Test
  void theRegistrationCannotBeUnfrozenByRemovingItsVersion() {
    ProcessInstance pilot = inTrial("olivia", "max");
    fire(pilot, CHECK_IN_DUE);
    String checkIn = taskAt(pilot, RECORD_CHECK_IN);
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "olivia").delete(api.base + "/task/" + checkIn
          + "/variables/registrationVersion"));
      refusedAndUnchanged(pilot, () -> as(api, "mia").delete(api.base + "/process-instance/" + pilot.getId()
          + "/variables/registrationVersion"));
      refusedAndUnchanged(pilot, () -> as(api, "olivia").putJson(api.base + "/task/" + checkIn
          + "/localVariables/registrationVersion", Map.of("value", 7)));
      refusedAndUnchanged(pilot, () -> as(api, "olivia").putJson(api.base + "/task/" + checkIn
          + "/localVariables/title", Map.of("value", "Something else")));
    }
    assertThat(variable(pilot, "registrationVersion")).isEqualTo(1);
  }

  @Test
  void aManagerWhoProposedThePilotCannotDecideItByRenamingItsProposer() {
    ProcessInstance pilot = atTheGate("sam", "mia");
    String gateTask = taskAt(pilot, DECIDE_GATE);
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "sam").putJson(api.base + "/task/" + gateTask
          + "/localVariables/proposer", Map.of("value", "olivia")));
      refusedAndUnchanged(pilot, () -> as(api, "sam").putJson(api.base + "/task/" + gateTask
          + "/variables/proposer", Map.of("value", "olivia")));
      refusedAndUnchanged(pilot, () -> as(api, "sam").postJson(api.base + "/task/" + gateTask + "/claim",
          Map.of("userId", "sam")));
      HttpResponse<String> decided = refusedAndUnchanged(pilot, () -> as(api, "sam").postJson(api.base + "/task/"
          + gateTask + "/submit-form", Map.of("variables", Map.of("gateDecision", Map.of("value", "SCALE")))));
      assertThat(message(decided)).contains("so another manager must decide the evaluation gate (four-eyes rule)");
    }
    assertThat(records.of(pilot.getId()).proposer()).isEqualTo("sam");
  }

  @Test
  void aManagerCannotRewriteTheRecommendationBeforeDeciding() {
    ProcessInstance pilot = atTheGate("olivia", "max");
    String gateTask = taskAt(pilot, DECIDE_GATE);
    String recommended = records.of(pilot.getId()).recommendation();
    String other = "SCALE".equals(recommended) ? "STOP" : "SCALE";
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "mia").putJson(api.base + "/task/" + gateTask
          + "/variables/recommendation", Map.of("value", other)));
      refusedAndUnchanged(pilot, () -> as(api, "mia").putJson(api.base + "/task/" + gateTask
          + "/localVariables/recommendation", Map.of("value", other)));
    }
    assertThatThrownBy(() -> complete(pilot, DECIDE_GATE, "mia", gate(other, null)))
        .hasMessageContaining("Justification is required because the decision differs from the recommendation ("
            + recommended + ")");
  }

  @Test
  void aManagerCannotHandAGateToAnOfficer() {
    ProcessInstance pilot = atTheGate("oscar", "max");
    String gateTask = taskAt(pilot, DECIDE_GATE);
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "mia").postJson(api.base + "/task/" + gateTask + "/assignee",
          Map.of("userId", "olivia")));
      refusedAndUnchanged(pilot, () -> as(api, "mia").postJson(api.base + "/task/" + gateTask + "/delegate",
          Map.of("userId", "olivia")));
    }
    as(Api.ENGINE_REST, "mia").postJson("/engine-rest/task/" + gateTask + "/identity-links",
        Map.of("userId", "olivia", "type", "candidate"));
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "olivia").postJson(api.base + "/task/" + gateTask + "/claim",
          Map.of("userId", "olivia")));
      HttpResponse<String> decided = refusedAndUnchanged(pilot, () -> as(api, "olivia").postJson(api.base
          + "/task/" + gateTask + "/submit-form", Map.of("variables", Map.of("gateDecision", Map.of("value", "SCALE")))));
      assertThat(message(decided)).contains("olivia is not a manager");
    }
    assertThat(pilot).isWaitingAt(DECIDE_GATE);
  }

  @Test
  void anOfficerCannotStopHerOwnTrialByThrowingTheEarlyStopError() {
    ProcessInstance pilot = inTrial("olivia", "max");
    fire(pilot, CHECK_IN_DUE);
    String checkIn = taskAt(pilot, RECORD_CHECK_IN);
    for (Api api : Api.values()) {
      refusedAndUnchanged(pilot, () -> as(api, "olivia").postJson(api.base + "/task/" + checkIn + "/bpmnError",
          Map.of("errorCode", "trial-stopped-early")));
    }
    assertThat(pilot).isWaitingAt(RECORD_CHECK_IN, TRIAL_END_REACHED);
  }

  /**
   * Only PilotGate's own page stops a trial early: the message it delivers is refused to every role
   * through either API, correlated by reference or by id, at once or as a batch, or triggered on the
   * trial's subscription, with or without values (a manager who may stop it on the page included).
   */
  @Test
  void nobodyStopsATrialEarlyThroughTheEngineApi() {
    ProcessInstance pilot = inTrial("olivia", "max");
    fire(pilot, CHECK_IN_DUE);
    String trial = runtime.createExecutionQuery().processInstanceId(pilot.getId())
        .messageEventSubscriptionName(TRIAL_STOPPED_EARLY_MESSAGE).singleResult().getId();
    Map<String, Object> reason = Map.of(
        TrialRecord.EARLY_STOP_REASON_CODE, Map.of("value", "HARM"),
        TrialRecord.EARLY_STOP_REASON, Map.of("value", "Stopped from outside"),
        TrialRecord.STOPPED_EARLY, Map.of("value", true));
    long batchesBefore = management.createBatchQuery().count();
    for (String user : List.of("olivia", "sam", "mia", "ada", "cam", "admin")) {
      for (Api api : Api.values()) {
        HttpResponse<String> correlated = refusedAndUnchanged(pilot, () -> as(api, user).postJson(api.base + "/message",
            Map.of("messageName", TRIAL_STOPPED_EARLY_MESSAGE, "businessKey", pilot.getBusinessKey())));
        assertThat(correlated.statusCode()).as("%s through %s", user, api).isIn(401, 403);
        refusedAndUnchanged(pilot, () -> as(api, user).postJson(api.base + "/message",
            Map.of("messageName", TRIAL_STOPPED_EARLY_MESSAGE, "processInstanceId", pilot.getId(),
                "processVariables", reason, "resultEnabled", true)));
        refusedAndUnchanged(pilot, () -> as(api, user).postJson(api.base + "/message",
            Map.of("messageName", TRIAL_STOPPED_EARLY_MESSAGE, "all", true, "processVariables", reason)));
        refusedAndUnchanged(pilot, () -> as(api, user).postJson(api.base + "/message/async",
            Map.of("messageName", TRIAL_STOPPED_EARLY_MESSAGE, "processInstanceIds", List.of(pilot.getId()),
                "variables", reason)));
        refusedAndUnchanged(pilot, () -> as(api, user).postJson(api.base + "/execution/" + trial
            + "/messageSubscriptions/" + TRIAL_STOPPED_EARLY_MESSAGE + "/trigger", Map.of("variables", reason)));
      }
    }
    assertThat(management.createBatchQuery().count()).as("no batch left to deliver it later").isEqualTo(batchesBefore);
    assertThat(pilot).isWaitingAt(RECORD_CHECK_IN, TRIAL_END_REACHED);
    assertThat(variable(pilot, TrialRecord.STOPPED_EARLY)).isNull();
  }

  @Test
  void anAuditorCannotCommentEvenWithATrailingSlash() {
    ProcessInstance pilot = propose("olivia", proposal());
    String review = taskAt(pilot, REVIEW_PROPOSAL);
    for (Api api : Api.values()) {
      for (String path : List.of("/comment/create", "/comment/create/", "//comment/create", "/Comment/Create")) {
        assertRefused(as(api, "ada").postJson(api.base + "/task/" + review + path, Map.of("message", "Seen")));
      }
    }
    assertThat(tasks.getTaskComments(review)).isEmpty();
  }

  @Test
  void anAuditorCannotAddOrDeleteAttachments() {
    ProcessInstance pilot = propose("olivia", proposal());
    String review = taskAt(pilot, REVIEW_PROPOSAL);
    String attachment = tasks.createAttachment("text/plain", review, pilot.getId(), "notes.txt", "kept",
        "https://example.org/notes.txt").getId();
    for (Api api : Api.values()) {
      assertRefused(as(api, "ada").postFile(api.base + "/task/" + review + "/attachment/create", "content",
          "planted.txt", "planted"));
      assertRefused(as(api, "ada").delete(api.base + "/task/" + review + "/attachment/" + attachment));
    }
    assertThat(tasks.getTaskAttachments(review)).extracting(a -> a.getId()).containsExactly(attachment);
  }

  @Test
  void anAuditorCannotChangeHerOwnProfileOrPassword() {
    for (Api api : Api.values()) {
      assertRefused(as(api, "ada").putJson(api.base + "/user/ada/profile", Map.of("id", "ada", "firstName", "Eve",
          "lastName", "Auditor", "email", "eve@example.org")));
      assertRefused(as(api, "ada").putJson(api.base + "/user/ada/credentials", Map.of("password", "a-new-password-1",
          "authenticatedUserPassword", DemoUsers.PASSWORD)));
    }
    assertThat(identity.createUserQuery().userId("ada").singleResult().getFirstName()).isEqualTo("Ada");
    assertThat(identity.checkPassword("ada", DemoUsers.PASSWORD)).isTrue();
  }

  @Test
  void anAdministratorCannotDeployAModelThatRunsCommands() {
    String model = org.camunda.bpm.model.bpmn.Bpmn.convertToString(org.camunda.bpm.model.bpmn.Bpmn
        .createExecutableProcess("shell").camundaHistoryTimeToLive(1).startEvent().serviceTask()
        .camundaExpression("${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
            + ".exec('touch /tmp/pilotgate-pwned')}")
        .endEvent().done());
    for (Api api : Api.values()) {
      assertRefused(as(api, "admin").postFile(api.base + "/deployment/create", "model", "shell.bpmn", model));
    }
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("shell").count())
        .isZero();
  }

  /** What an attack must not change: the pilot's values, where it waits, its record, chain and library entry. */
  private record Facts(Map<String, Object> values, List<String> waitingAt, Optional<PilotRecords.PilotRecord> record,
      List<AuditChain.Entry> chainEntries, boolean published) {}

  private Facts facts(ProcessInstance pilot) {
    boolean running = runtime.createProcessInstanceQuery().processInstanceId(pilot.getId()).count() > 0;
    Map<String, Object> values = new HashMap<>();
    if (running) {
      runtime.getVariables(pilot.getId()).forEach((name, value) -> values.put(name, ProcessData.plain(value)));
    }
    String reference = records.of(pilot.getId()).reference();
    return new Facts(values, running ? runtime.getActiveActivityIds(pilot.getId()) : List.of(),
        records.find(pilot.getId()), chain.entriesOf(reference), library.findLocal(reference).isPresent());
  }

  private HttpResponse<String> refusedAndUnchanged(ProcessInstance pilot, Supplier<HttpResponse<String>> attack) {
    Facts before = facts(pilot);
    HttpResponse<String> answer = attack.get();
    assertRefused(answer);
    assertThat(facts(pilot)).as("nothing of %s changed", pilot.getBusinessKey()).isEqualTo(before);
    return answer;
  }

  private static void assertRefused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as("%s %s: %s", answer.request().method(), answer.uri(), answer.body())
        .isBetween(400, 499);
  }

  private static String message(HttpResponse<String> answer) {
    return HttpTestClient.json(answer).path("message").asText();
  }

  private String taskAt(ProcessInstance pilot, String taskKey) {
    return openTask(pilot, taskKey).getId();
  }

  private HttpTestClient as(Api api, String user) {
    return api == Api.ENGINE_REST ? HttpTestClient.basic(port, user, DemoUsers.PASSWORD)
        : HttpTestClient.signedIn(port, user, DemoUsers.PASSWORD).withWebappCsrfToken("/camunda/api/engine/engine/");
  }
}
