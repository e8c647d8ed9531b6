package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.variable.VariableMap;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.process.LifecycleModel;

/**
 * Drives pilots through the engine REST API of whichever node is given, as Tasklist users would. Public
 * for the load test ({@code org.pilotgate.load}), which seeds its pilots with it.
 */
public final class Pilots {

  static final String ENGINE = "/engine-rest";
  /** Pilots that ended, not the champions' processes that run and end beside them. */
  static final String FINISHED_PILOTS = "/history/process-instance/count?finished=true&processDefinitionKey="
      + LifecycleModel.PROCESS;

  private Pilots() {}

  /** Proposed by olivia, approved by mia, planned: the pilot is in its trial. Returns its process instance id. */
  static String inTrial(PilotGateNode proposeOn, PilotGateNode reviewOn) {
    String pilot = awaitingReview(proposeOn);
    complete(reviewOn, "mia", pilot, "ReviewProposal", TestPilots.approve("reviewDecision"));
    complete(proposeOn, "olivia", pilot, "PlanTrial", TestPilots.plan());
    return pilot;
  }

  /** Proposed by olivia (and any similar failures answered): the pilot waits for a manager's review. */
  static String awaitingReview(PilotGateNode node) {
    return awaitingReview(node, "olivia");
  }

  /** Proposed by {@code officer} (and any similar failures answered): the pilot waits for a manager's review. */
  public static String awaitingReview(PilotGateNode node, String officer) {
    HttpResponse<String> started = node.as(officer).postJson(
        ENGINE + "/process-definition/key/pilot-lifecycle/submit-form",
        Map.of("variables", HttpTestClient.variables(TestPilots.proposal())));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String pilot = HttpTestClient.json(started).path("id").asText();
    acknowledgeSimilarFailuresIfAsked(node, officer, pilot);
    return pilot;
  }

  /** A pilot stopped early whose failure report a manager has just approved: publishing is under way. */
  public static String reportApproved(PilotGateNode one, PilotGateNode other) {
    String pilot = inTrial(one, other);
    stopEarly(other, "max", pilot, Map.of("earlyStopReasonCode", "COST", "earlyStopReason", "Funding withdrawn"));
    complete(one, "olivia", pilot, "DraftFailureReport", TestPilots.failureReport());
    complete(other, "mia", pilot, "ReviewFailureReport", TestPilots.approve("reportReviewDecision"));
    return pilot;
  }

  /** {@code manager} stops the pilot's trial early on its page, as a browser does. */
  private static void stopEarly(PilotGateNode node, String manager, String pilot, Map<String, String> reason) {
    String reference = HttpTestClient.json(node.as(manager).get(ENGINE + "/process-instance/" + pilot))
        .path("businessKey").asText();
    String page = "/pilots/" + reference + "/stop-early";
    HttpTestClient browser = node.signedIn(manager);
    Map<String, String> fields = new HashMap<>(reason);
    fields.put("_csrf", browser.csrfTokenOn(page));
    HttpResponse<String> stopped = browser.postForm(page, fields);
    assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(302);
  }

  /** Once failures like the test proposal are published, the proposer must answer for each. */
  private static void acknowledgeSimilarFailuresIfAsked(PilotGateNode node, String officer, String pilot) {
    JsonNode asked = HttpTestClient.json(node.as(officer).get(ENGINE + "/task?processInstanceId=" + pilot
        + "&taskDefinitionKey=AcknowledgePriorWork"));
    if (asked.size() == 1) {
      JsonNode failures = HttpTestClient.json(node.as(officer).get(ENGINE + "/process-instance/" + pilot
          + "/variables/similarFailures?deserializeValue=false"));
      complete(node, officer, pilot, "AcknowledgePriorWork",
          TestPilots.acknowledgement(HttpTestClient.json(failures.path("value").asText()).size()));
    }
  }

  public static void complete(PilotGateNode node, String user, String pilot, String taskKey, VariableMap values) {
    HttpResponse<String> done = submit(node, user, task(node, pilot, taskKey), values);
    assertThat(done.statusCode()).as("%s on %s: %s", taskKey, node.name(), done.body()).isEqualTo(204);
  }

  static HttpResponse<String> submit(PilotGateNode node, String user, String taskId, VariableMap values) {
    return node.as(user).postJson(ENGINE + "/task/" + taskId + "/submit-form",
        Map.of("variables", HttpTestClient.variables(values)));
  }

  static String task(PilotGateNode node, String pilot, String taskKey) {
    JsonNode tasks = HttpTestClient.json(node.as("admin").get(ENGINE + "/task?processInstanceId=" + pilot
        + "&taskDefinitionKey=" + taskKey));
    assertThat(tasks.size()).as("open %s tasks of %s", taskKey, pilot).isEqualTo(1);
    return tasks.get(0).path("id").asText();
  }

  public static long count(PilotGateNode node, String query) {
    return HttpTestClient.json(node.as("admin").get(ENGINE + query)).path("count").asLong();
  }

  /**
   * Lets the trial's planned end date arrive {@code after} from now, as time passing would: its timer's
   * due date moved in the database. (No API may move a pilot's timer: the engine refuses it.)
   */
  static void endTrialIn(TestDatabase database, String pilot, Duration after) {
    int moved = database.jdbc().update("UPDATE act_ru_job SET duedate_ = ? WHERE process_instance_id_ = ? AND job_def_id_ "
        + "IN (SELECT id_ FROM act_ru_jobdef WHERE act_id_ = 'TrialEndReached')", Timestamp.from(Instant.now().plus(after)),
        pilot);
    assertThat(moved).as("the end timer of %s", pilot).isEqualTo(1);
  }

  public static void awaitUntil(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      Thread.sleep(500);
    }
  }
}
