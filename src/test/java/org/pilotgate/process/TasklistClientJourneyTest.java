package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.ACKNOWLEDGE_PRIOR_WORK;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.EVALUATE_TRIAL;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Pilots taken from proposal to a published report by a client that does what Tasklist does: it
 * reads the deployed forms, submits their fields through the engine REST API, signed in as demo
 * users, and leaves publishing to the job executor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext // stops this context's job executor, which would otherwise run other tests' jobs on a shared database
class TasklistClientJourneyTest {

  private static final String ENGINE = "/engine-rest";

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @Test
  void aStoppedPilotEndsWithAPublicFailureReport() {
    String pilot = propose();
    work(pilot, REVIEW_PROPOSAL, "mia", TestPilots.approve("reviewDecision"));
    work(pilot, PLAN_TRIAL, "olivia", TestPilots.plan());
    stopEarlyOnItsPage(pilot, "max", "HARM", "Two passengers complained of pressure.");

    String draft = openTask(pilot, DRAFT_FAILURE_REPORT, "olivia");
    assertThat(formVariables(draft, "olivia").path("reportResults").path("value").asText())
        .as("the draft lists the registered criteria").contains("Referrals received");
    VariableMap withoutReasons = TestPilots.failureReport();
    withoutReasons.remove("failureReasonCodes");
    HttpResponse<String> refused = submitTask(draft, "olivia", withoutReasons);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.json(refused).path("message").asText()).contains("Why it did not work").doesNotContain("failureReasonCodes").doesNotContain(draft);
    assertThat(openTask(pilot, DRAFT_FAILURE_REPORT, "olivia")).isEqualTo(draft);

    work(pilot, DRAFT_FAILURE_REPORT, "olivia", TestPilots.failureReport());
    work(pilot, REVIEW_FAILURE_REPORT, "mia", TestPilots.approve("reportReviewDecision"));

    JsonNode report = publishedReport(reference(pilot));
    assertThat(report.path("outcome").asText()).isEqualTo("FAILED");
    JsonNode completedByMia = HttpTestClient.json(api("admin").get(ENGINE + "/history/user-operation?userId=mia"
        + "&operationType=Complete&processInstanceId=" + pilot));
    assertThat(completedByMia.size()).as("the operation log knows who completed what").isGreaterThanOrEqualTo(1);
    assertThat(report.path("globalId").asText()).isEqualTo("DEMO/" + reference(pilot));
    assertThat(report.path("failureReasonCodes").toString()).contains("IMPLEMENTATION");
  }

  @Test
  void aSuccessfulPilotIsScaledAndItsReportPublished() {
    String pilot = propose();
    work(pilot, REVIEW_PROPOSAL, "max", TestPilots.approve("reviewDecision"));
    work(pilot, PLAN_TRIAL, "olivia", TestPilots.plan());

    JsonNode endTimer = HttpTestClient.json(api("admin").get(ENGINE + "/job?processInstanceId=" + pilot
        + "&activityId=TrialEndReached")).get(0);
    assertThat(api("admin").postJson(ENGINE + "/job/" + endTimer.path("id").asText() + "/execute", Map.of())
        .statusCode()).as("not even an operator ends a trial before its date").isEqualTo(403);
    management.executeJob(endTimer.path("id").asText()); // the planned end date reached: the engine fires it

    work(pilot, EVALUATE_TRIAL, "olivia", TestPilots.evaluation(24, 14000, 4));
    String gate = openTask(pilot, DECIDE_GATE, "mia");
    assertThat(formVariables(gate, "mia").path("recommendation").path("value").asText()).isEqualTo("SCALE");
    work(pilot, DECIDE_GATE, "mia", TestPilots.gate("SCALE", null));
    work(pilot, WRITE_SUCCESS_REPORT, "olivia", TestPilots.successReport());
    work(pilot, REVIEW_SUCCESS_REPORT, "max", TestPilots.approve("reportReviewDecision"));

    assertThat(publishedReport(reference(pilot)).path("outcome").asText()).isEqualTo("SUCCEEDED");
  }

  @Test
  void aMalformedProposalIsRefusedWithTheFieldNamed() {
    VariableMap proposal = TestPilots.proposal().putValue("plannedSites", "two");
    HttpResponse<String> refused = api("olivia").postJson(
        ENGINE + "/process-definition/key/pilot-lifecycle/submit-form", Map.of("variables", HttpTestClient.variables(proposal)));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.json(refused).path("message").asText())
        .isEqualTo("Planned number of sites must be a number, not 'two'.");
  }

  /** Starts a pilot with the start form's fields, as olivia. */
  /** A manager stops the trial on PilotGate's page, as in the browser: not a task, so not through Tasklist. */
  private void stopEarlyOnItsPage(String pilot, String manager, String reasonCode, String reason) {
    String page = "/pilots/" + reference(pilot) + "/stop-early";
    HttpTestClient browser = HttpTestClient.signedIn(port, manager, DemoUsers.PASSWORD);
    HttpResponse<String> stopped = browser.postForm(page, Map.of("earlyStopReasonCode", reasonCode,
        "earlyStopReason", reason, "_csrf", browser.csrfTokenOn(page)));
    assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(302);
  }

  private String propose() {
    VariableMap proposal = TestPilots.proposal();
    JsonNode startForm = HttpTestClient.json(api("olivia")
        .get(ENGINE + "/process-definition/key/pilot-lifecycle/deployed-start-form"));
    assertThat(fieldKeys(startForm)).as("start form fields").containsAll(proposal.keySet());
    HttpResponse<String> started = api("olivia").postJson(
        ENGINE + "/process-definition/key/pilot-lifecycle/submit-form", Map.of("variables", HttpTestClient.variables(proposal)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(HttpTestClient.json(started).path("businessKey").asText()).matches("PIL-\\d{4}-\\d{4}");
    String pilot = HttpTestClient.json(started).path("id").asText();
    acknowledgeSimilarFailuresIfAsked(pilot);
    return pilot;
  }

  /** Earlier tests may have published failures like this proposal; the proposer then answers for each. */
  private void acknowledgeSimilarFailuresIfAsked(String pilot) {
    JsonNode asked = HttpTestClient.json(api("olivia").get(ENGINE + "/task?processInstanceId=" + pilot
        + "&taskDefinitionKey=AcknowledgePriorWork"));
    if (asked.size() == 1) {
      String failures = formVariables(asked.get(0).path("id").asText(), "olivia").path("similarFailures")
          .path("value").asText();
      work(pilot, ACKNOWLEDGE_PRIOR_WORK, "olivia", TestPilots.acknowledgement(HttpTestClient.json(failures).size()));
    }
  }

  /** Claims the pilot's task {@code taskKey} as {@code user} and submits its form with {@code values}. */
  private void work(String pilot, String taskKey, String user, VariableMap values) {
    String task = openTask(pilot, taskKey, user);
    JsonNode form = HttpTestClient.json(api(user).get(ENGINE + "/task/" + task + "/deployed-form"));
    assertThat(fieldKeys(form)).as("fields of the form for %s", taskKey).containsAll(values.keySet());
    HttpResponse<String> submitted = submitTask(task, user, values);
    assertThat(submitted.statusCode()).as("%s: %s", taskKey, submitted.body()).isIn(200, 204);
  }

  private String openTask(String pilot, String taskKey, String user) {
    JsonNode tasks = HttpTestClient.json(api(user).get(ENGINE + "/task?processInstanceId=" + pilot
        + "&taskDefinitionKey=" + taskKey));
    assertThat(tasks.size()).as("open %s tasks", taskKey).isEqualTo(1);
    JsonNode task = tasks.get(0);
    assertThat(task.path("name").asText()).startsWith("PIL-");
    if (task.path("assignee").isNull()) {
      assertThat(api(user).postJson(ENGINE + "/task/" + task.path("id").asText() + "/claim", Map.of("userId", user))
          .statusCode()).isEqualTo(204);
    }
    return task.path("id").asText();
  }

  private HttpResponse<String> submitTask(String task, String user, VariableMap values) {
    return api(user).postJson(ENGINE + "/task/" + task + "/submit-form", Map.of("variables", HttpTestClient.variables(values)));
  }

  private JsonNode formVariables(String task, String user) {
    return HttpTestClient.json(api(user).get(ENGINE + "/task/" + task + "/form-variables?deserializeValues=false"));
  }

  private String reference(String pilot) {
    return HttpTestClient.json(api("admin").get(ENGINE + "/history/process-instance/" + pilot))
        .path("businessKey").asText();
  }

  /** Waits for the job executor to publish, then reads the report as a stranger would. */
  private JsonNode publishedReport(String reference) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    HttpResponse<String> report;
    do {
      report = HttpTestClient.anonymous(port).get("/api/library/reports/" + reference);
      if (report.statusCode() == 200) {
        return HttpTestClient.json(report);
      }
      sleep();
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("report " + reference + " not published within 30 s: " + report.statusCode());
  }

  private HttpTestClient api(String user) {
    return HttpTestClient.basic(port, user, DemoUsers.PASSWORD);
  }



  /** Every field key and dynamic-list path in a Camunda Form. */
  static Set<String> fieldKeys(JsonNode form) {
    Set<String> keys = new TreeSet<>();
    collect(form.path("components"), keys);
    return keys;
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      for (String name : List.of("key", "path")) {
        if (component.hasNonNull(name)) {
          keys.add(component.get(name).asText());
        }
      }
      if (!"dynamiclist".equals(component.path("type").asText())) {
        collect(component.path("components"), keys);
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
