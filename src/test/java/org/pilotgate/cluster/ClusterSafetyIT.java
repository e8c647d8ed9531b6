package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.cluster.Pilots.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;

/**
 * Two nodes, one PostgreSQL database, both job executors on: every job runs exactly once, work can
 * be done on either node, and two managers deciding the same gate on the two nodes at once move the
 * pilot once.
 */
class ClusterSafetyIT {

  static final int PILOTS_IN_TRIAL = 12;
  static final int REPORTS = 6;

  @Test
  void twoNodesShareTheWorkAndRunEveryJobOnce() throws Exception {
    TestDatabase database = TestDatabase.fresh("cluster");
    try {
      runOnTwoNodes(database);
    } finally {
      database.drop();
    }
  }

  private void runOnTwoNodes(TestDatabase database) throws Exception {
    try (PilotGateNode a = PilotGateNode.start("cluster-a", database);
        PilotGateNode b = PilotGateNode.start("cluster-b", database)) {
      List<String> inTrial = new ArrayList<>();
      for (int i = 0; i < PILOTS_IN_TRIAL; i++) {
        inTrial.add(i % 2 == 0 ? Pilots.inTrial(a, b) : Pilots.inTrial(b, a));
      }
      inTrial.forEach(pilot -> Pilots.endTrialIn(database, pilot, Duration.ofSeconds(5)));
      for (int i = 0; i < REPORTS; i++) {
        if (i % 2 == 0) {
          Pilots.reportApproved(a, b);
        } else {
          Pilots.reportApproved(b, a);
        }
      }

      Pilots.awaitUntil("every trial ended and every report published", Duration.ofSeconds(120), () ->
          count(b, "/task/count?taskDefinitionKey=EvaluateTrial") == PILOTS_IN_TRIAL
              && count(a, Pilots.FINISHED_PILOTS) == REPORTS);

      Pilots.awaitUntil("both nodes' search indexes know every published report", Duration.ofSeconds(10), () ->
          searchTotal(a) == REPORTS && searchTotal(b) == REPORTS);

      Map<String, Integer> runsPerJob = successfulRunsPerJob(a);
      long duplicates = runsPerJob.values().stream().filter(runs -> runs > 1).count();
      long reports = database.jdbc().queryForObject("SELECT COUNT(*) FROM published_report", Long.class);
      String gate = concurrentGate(a, b, inTrial.get(0));

      System.out.printf("cluster safety: nodes 2, pilots %d, jobs run %d, duplicates %d, reports %d, "
          + "concurrent gate answers %s%n", PILOTS_IN_TRIAL + REPORTS, runsPerJob.size(), duplicates, reports, gate);
      assertThat(runsPerJob).hasSize(PILOTS_IN_TRIAL + REPORTS);
      assertThat(duplicates).isZero();
      assertThat(reports).isEqualTo(REPORTS);
    }
  }

  /** mia on one node and max on the other decide the same gate at the same moment. */
  private String concurrentGate(PilotGateNode a, PilotGateNode b, String pilot) throws Exception {
    Pilots.complete(a, "olivia", pilot, "EvaluateTrial", TestPilots.evaluation(24, 14000, 4));
    String gate = Pilots.task(b, pilot, "DecideGate");
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService managers = Executors.newFixedThreadPool(2);
    try {
      Future<HttpResponse<String>> mia = managers.submit(() -> {
        together.await();
        return Pilots.submit(a, "mia", gate, TestPilots.gate("SCALE", null));
      });
      Future<HttpResponse<String>> max = managers.submit(() -> {
        together.await();
        return Pilots.submit(b, "max", gate, TestPilots.gate("SCALE", null));
      });
      List<HttpResponse<String>> answers = List.of(mia.get(), max.get());
      assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
      HttpResponse<String> loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
      assertThat(HttpTestClient.json(loser).path("message").asText()).contains("was already completed");
      assertThat(count(a, "/history/activity-instance/count?processInstanceId=" + pilot
          + "&activityId=DecideGate&finished=true")).isEqualTo(1);
      assertThat(count(b, "/task/count?processInstanceId=" + pilot + "&taskDefinitionKey=WriteSuccessReport"))
          .isEqualTo(1);
      return answers.get(0).statusCode() + "+" + answers.get(1).statusCode();
    } finally {
      managers.shutdownNow();
    }
  }

  private static long searchTotal(PilotGateNode node) {
    return HttpTestClient.json(node.anonymous().get("/api/library/reports?outcome=FAILED")).path("total").asLong();
  }

  /** For every job of the pilots, how often it ran to success, across both nodes. */
  private static Map<String, Integer> successfulRunsPerJob(PilotGateNode node) {
    JsonNode log = HttpTestClient.json(node.as("admin").get(Pilots.ENGINE
        + "/history/job-log?successLog=true&processDefinitionKey=pilot-lifecycle&maxResults=10000"));
    Map<String, Integer> runs = new HashMap<>();
    log.forEach(entry -> runs.merge(entry.path("jobId").asText(), 1, Integer::sum));
    return runs;
  }
}
