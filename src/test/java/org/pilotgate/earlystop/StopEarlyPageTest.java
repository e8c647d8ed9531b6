package org.pilotgate.earlystop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;
import static org.pilotgate.process.LifecycleModel.TRIAL_STOPPED_EARLY;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.trial.EarlyStops;
import org.pilotgate.trial.TrialNotRunning;
import org.pilotgate.trial.TrialRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Stop the trial early" on PilotGate's own page, over HTTP with a real session and CSRF token, on
 * the real engine: who may stop, with what reason, only while the trial runs, and only once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StopEarlyPageTest extends PilotProcessTest {

  private static final Map<String, String> HARM = Map.of(TrialRecord.EARLY_STOP_REASON_CODE, "HARM",
      TrialRecord.EARLY_STOP_REASON, "Two passengers complained of pressure to join.");

  @LocalServerPort int port;
  @Autowired AuditChain chain;
  @Autowired EarlyStops stops;

  @Test
  void aManagerStopsTheTrialWithAReasonThatReachesThePilotsRecords() {
    ProcessInstance pilot = inTrial("olivia", "max");
    HttpTestClient mia = signedIn("mia");

    HttpResponse<String> page = mia.getPage(page(pilot));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Stop the trial early", "Main reason for stopping",
        "Harm to residents, staff or others", "Safeguarding concern", "Why the trial must stop");

    HttpResponse<String> stopped = post(mia, pilot, HARM);
    assertThat(stopped.statusCode()).isEqualTo(302);
    assertThat(stopped.headers().firstValue("Location")).get().asString().endsWith("/pilots/" + reference(pilot));

    assertThat(pilot).hasPassed(TRIAL_STOPPED_EARLY).isWaitingAt(DRAFT_FAILURE_REPORT);
    assertThat(variable(pilot, TrialRecord.STOPPED_EARLY)).isEqualTo(true);
    assertThat(variable(pilot, TrialRecord.EARLY_STOP_REASON_CODE)).isEqualTo("HARM");
    assertThat(variable(pilot, TrialRecord.EARLY_STOP_REASON)).isEqualTo("Two passengers complained of pressure to join.");
    List<AuditChain.Entry> stops = earlyStopsInTheChain(pilot);
    assertThat(stops).singleElement().satisfies(entry -> {
      assertThat(entry.actor()).isEqualTo("mia");
      assertThat(entry.payload()).contains("\"reasonCode\":\"HARM\"", "Two passengers complained");
    });
  }

  @Test
  void aSecondStopIsRefusedClearlyAndRecordsNothingMore() {
    ProcessInstance pilot = inTrial("olivia", "max");
    assertThat(post(signedIn("mia"), pilot, HARM).statusCode()).isEqualTo(302);

    HttpResponse<String> again = post(signedIn("max"), pilot, HARM);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("is not running", "Nothing was changed");
    assertThat(signedIn("max").getPage(page(pilot)).statusCode()).isEqualTo(409);
    assertThat(earlyStopsInTheChain(pilot)).hasSize(1);
  }

  @Test
  void twoManagersStoppingAtOnceStopTheTrialOnce() throws Exception {
    ProcessInstance pilot = inTrial("olivia", "max");
    ExecutorService managers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (String manager : List.of("mia", "max")) {
        Callable<Boolean> stop = () -> {
          try {
            stopEarly(pilot, manager, "COST", "The operator withdrew funding.");
            return true;
          } catch (TrialNotRunning stoppedFirst) {
            return false;
          }
        };
        answers.add(managers.submit(stop));
      }
      List<Boolean> stopped = new ArrayList<>();
      for (Future<Boolean> answer : answers) {
        stopped.add(answer.get());
      }
      assertThat(stopped).containsExactlyInAnyOrder(true, false);
    } finally {
      managers.shutdown();
    }
    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT);
    assertThat(earlyStopsInTheChain(pilot)).hasSize(1);
  }

  @Test
  void aMissingReasonOrAnUnknownCodeIsRefusedByItsLabelAndNothingIsStopped() {
    ProcessInstance pilot = inTrial("olivia", "max");
    HttpTestClient mia = signedIn("mia");

    HttpResponse<String> noReason = post(mia, pilot, Map.of(TrialRecord.EARLY_STOP_REASON_CODE, "HARM"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("There is a problem", "Why the trial must stop is required");
    HttpResponse<String> unknown = post(mia, pilot, Map.of(TrialRecord.EARLY_STOP_REASON_CODE, "BORED",
        TrialRecord.EARLY_STOP_REASON, "No reason"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Main reason for stopping: choose one of the reasons listed");

    assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
    assertThat(variable(pilot, TrialRecord.STOPPED_EARLY)).isNull();
    assertThat(earlyStopsInTheChain(pilot)).isEmpty();
  }

  @Test
  void onlyAManagerWhoDidNotProposeThePilotMayStopItsTrial() {
    ProcessInstance olivias = inTrial("olivia", "max");
    assertThat(signedIn("olivia").getPage(page(olivias)).statusCode()).isEqualTo(403);
    for (String user : List.of("olivia", "ada", "cam")) {
      HttpResponse<String> refused = post(signedIn(user), olivias, HARM);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains(user + " is not a manager");
    }
    ProcessInstance sams = inTrial("sam", "mia");
    HttpResponse<String> ownPilot = post(signedIn("sam"), sams, HARM);
    assertThat(ownPilot.statusCode()).isEqualTo(403);
    assertThat(ownPilot.body()).contains("sam proposed " + reference(sams), "four-eyes rule", "The trial runs on.");

    HttpResponse<String> anonymous = HttpTestClient.anonymous(port).postForm(page(olivias), HARM);
    assertThat(anonymous.statusCode()).isIn(302, 401, 403);
    for (ProcessInstance pilot : List.of(olivias, sams)) {
      assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
      assertThat(earlyStopsInTheChain(pilot)).isEmpty();
    }
  }

  @Test
  void withoutItsCsrfTokenThePostIsRefused() {
    ProcessInstance pilot = inTrial("olivia", "max");
    assertThat(signedIn("mia").postForm(page(pilot), HARM).statusCode()).isEqualTo(403);
    assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
  }

  @Test
  void theTrialRunningIsWhatThePageOffersToStop() {
    ProcessInstance pilot = inTrial("olivia", "max");
    assertThat(as("mia", () -> stops.isRunning(reference(pilot)))).isTrue();
    fire(pilot, TRIAL_END_REACHED);
    assertThat(as("mia", () -> stops.isRunning(reference(pilot)))).isFalse();
    assertThat(signedIn("mia").getPage(page(pilot)).statusCode()).isEqualTo(409);
  }

  private HttpResponse<String> post(HttpTestClient browser, ProcessInstance pilot, Map<String, String> values) {
    Map<String, String> fields = new HashMap<>(values);
    fields.put("_csrf", browser.csrfTokenOn(page(pilot)));
    return browser.postForm(page(pilot), fields);
  }

  private String page(ProcessInstance pilot) {
    return "/pilots/" + reference(pilot) + "/stop-early";
  }

  private HttpTestClient signedIn(String user) {
    return HttpTestClient.signedIn(port, user, DemoUsers.PASSWORD);
  }

  private List<AuditChain.Entry> earlyStopsInTheChain(ProcessInstance pilot) {
    return chain.entriesOf(reference(pilot)).stream().filter(entry -> entry.kind() == AuditChain.Kind.EARLY_STOP).toList();
  }
}
