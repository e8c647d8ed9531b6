package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.Refused;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** sam is an officer and a manager: sam's own pilots must be decided by another manager. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FourEyesTest extends PilotProcessTest {

  @LocalServerPort int port;

  @Test
  void theProposerCannotClaimOrApproveTheirOwnReview() {
    ProcessInstance pilot = propose("sam", proposal());
    String review = openTask(pilot, REVIEW_PROPOSAL).getId();

    assertThatThrownBy(() -> as("sam", () -> {
      tasks.claim(review, "sam");
      return null;
    })).isInstanceOf(Refused.class)
        .hasMessage("sam proposed " + pilot.getBusinessKey() + ", so another manager must review the proposal "
            + "(four-eyes rule). The task stays open for them.");
    assertThatThrownBy(() -> as("sam", () -> {
      tasks.complete(review, approve("reviewDecision"));
      return null;
    })).isInstanceOf(Refused.class).hasMessageContaining("four-eyes");

    assertThat(openTask(pilot, REVIEW_PROPOSAL).getAssignee()).isNull();
    complete(pilot, REVIEW_PROPOSAL, "mia", approve("reviewDecision"));
    assertThat(pilot).isWaitingAt(PLAN_TRIAL);
  }

  @Test
  void theProposerCannotDecideTheirOwnGateThroughTheApi() {
    ProcessInstance pilot = inTrial("sam", "mia");
    evaluated(pilot, evaluation(24, 14000, 4));
    String gateTask = openTask(pilot, DECIDE_GATE).getId();

    HttpResponse<String> refused = HttpTestClient.basic(port, "sam", DemoUsers.PASSWORD).postJson(
        "/engine-rest/task/" + gateTask + "/submit-form",
        Map.of("variables", Map.of("gateDecision", Map.of("value", "SCALE"))));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.json(refused).path("message").asText())
        .contains("so another manager must decide the evaluation gate (four-eyes rule)");
    assertThat(pilot).isWaitingAt(DECIDE_GATE);
    complete(pilot, DECIDE_GATE, "max", gate("SCALE", null));
    assertThat(pilot).isWaitingAt(WRITE_SUCCESS_REPORT);
  }

  @Test
  void theProposerCannotApproveTheirOwnFailureReport() {
    ProcessInstance pilot = inTrial("sam", "max");
    stopEarly(pilot, "mia", "COST", "Budget withdrawn");
    complete(pilot, DRAFT_FAILURE_REPORT, "sam", failureReport());

    assertThatThrownBy(() -> complete(pilot, REVIEW_FAILURE_REPORT, "sam", approve("reportReviewDecision")))
        .isInstanceOf(Refused.class).hasMessageContaining("review the failure report (four-eyes rule)");
    assertThat(pilot).isWaitingAt(REVIEW_FAILURE_REPORT);
  }
}
