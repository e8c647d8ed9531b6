package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A second click, or two managers at once: the task is completed once and the other caller hears why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentCompletionTest extends PilotProcessTest {

  private static final Map<String, Object> APPROVE = Map.of("variables",
      Map.of("reviewDecision", Map.of("value", "APPROVE")));

  @LocalServerPort int port;

  @Test
  void aSecondClickIsToldTheTaskWasAlreadyCompleted() {
    ProcessInstance pilot = propose("olivia", proposal());
    String review = openTask(pilot, REVIEW_PROPOSAL).getId();

    assertThat(submit("mia", review).statusCode()).isEqualTo(204);
    HttpResponse<String> again = submit("mia", review);

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(HttpTestClient.json(again).path("message").asText())
        .startsWith("This task was already completed by someone else").doesNotContain(review);
    assertThat(pilot).isWaitingAt(PLAN_TRIAL);
  }

  @Test
  void twoManagersDecidingAtTheSameMomentMoveThePilotOnce() throws Exception {
    ProcessInstance pilot = propose("olivia", proposal());
    String review = openTask(pilot, REVIEW_PROPOSAL).getId();
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService managers = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpResponse<String>>> answers = managers.invokeAll(List.of(
          atOnce(together, "mia", review), atOnce(together, "max", review)));
      List<Integer> statuses = List.of(answers.get(0).get().statusCode(), answers.get(1).get().statusCode());
      assertThat(statuses).containsExactlyInAnyOrder(204, 409);
    } finally {
      managers.shutdownNow();
    }
    assertThat(pilot).isWaitingAt(PLAN_TRIAL);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pilot.getId())
        .activityId(PLAN_TRIAL).count()).isEqualTo(1);
    complete(pilot, PLAN_TRIAL, "olivia", org.pilotgate.TestPilots.plan());
  }

  private Callable<HttpResponse<String>> atOnce(CyclicBarrier together, String manager, String task) {
    return () -> {
      together.await();
      return submit(manager, task);
    };
  }

  private HttpResponse<String> submit(String user, String task) {
    return HttpTestClient.basic(port, user, DemoUsers.PASSWORD).postJson("/engine-rest/task/" + task + "/submit-form",
        APPROVE);
  }
}
