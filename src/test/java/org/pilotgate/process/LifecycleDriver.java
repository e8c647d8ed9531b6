package org.pilotgate.process;

import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.EVALUATE_TRIAL;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PUBLISH_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.security.DemoUsers;

/**
 * Takes one pilot of a process (the real lifecycle or its {@link BareTwin}) along the main path as the
 * demo users would in Tasklist, through the engine REST API with HTTP Basic: olivia proposes, mia
 * approves, olivia plans, the trial's end date is reached, olivia evaluates, mia scales it, olivia
 * writes the success report, max approves it and it is published. That is one start and six task
 * completions with the same form payloads for both processes; each task is found by a task query and
 * claimed when it is offered to a group, as Tasklist does. The timer and the asynchronous publication
 * are run by the engine (as its job executor would), not over HTTP: a person may not fire a timer.
 */
final class LifecycleDriver {

  private static final String ENGINE = "/engine-rest";

  /** A pilot's six completions, in order: the task, who does it, what they submit. */
  private record Step(String task, String user, VariableMap values) {}

  private static final List<Step> BEFORE_TRIAL_END = List.of(
      new Step(REVIEW_PROPOSAL, "mia", TestPilots.approve("reviewDecision")),
      new Step(PLAN_TRIAL, "olivia", TestPilots.plan()));
  private static final List<Step> AFTER_TRIAL_END = List.of(
      new Step(EVALUATE_TRIAL, "olivia", TestPilots.evaluation(24, 14000, 4)),
      new Step(DECIDE_GATE, "mia", TestPilots.gate("SCALE", null)),
      new Step(WRITE_SUCCESS_REPORT, "olivia", TestPilots.successReport()),
      new Step(REVIEW_SUCCESS_REPORT, "max", TestPilots.approve("reportReviewDecision")));

  /** Milliseconds per request: the start and each task completion (the submit-form call alone). */
  record Timings(double start, List<Double> completions) {}

  private final String process;
  private final ManagementService management;
  private final Map<String, HttpTestClient> clients = new ConcurrentHashMap<>();
  private final int port;

  LifecycleDriver(int port, String process, ManagementService management) {
    this.port = port;
    this.process = process;
    this.management = management;
  }

  /** Runs one pilot from proposal to its published report; returns its process instance id and timings. */
  Map.Entry<String, Timings> pilot() {
    long started = System.nanoTime();
    HttpResponse<String> start = api("olivia").postJson(ENGINE + "/process-definition/key/" + process + "/submit-form",
        Map.of("variables", HttpTestClient.variables(proposal())));
    double startMillis = millisSince(started);
    String pilot = expect(start, 200).path("id").asText();
    List<Double> completions = new java.util.ArrayList<>();
    BEFORE_TRIAL_END.forEach(step -> completions.add(complete(pilot, step)));
    runJob(pilot, TRIAL_END_REACHED);
    AFTER_TRIAL_END.forEach(step -> completions.add(complete(pilot, step)));
    runJob(pilot, PUBLISH_SUCCESS_REPORT);
    return Map.entry(pilot, new Timings(startMillis, completions));
  }

  /**
   * The standard test proposal in words no other test uses: the suite publishes failures of the
   * standard one, which would send a pilot to "Acknowledge prior work" instead of the main path.
   */
  private static VariableMap proposal() {
    return TestPilots.proposal()
        .putValue("title", "Zeppelin couriers carry parish newsletters")
        .putValue("summary", "Airship crews drop printed bulletins over hamlets.")
        .putValue("problem", "Remote hamlets hear about parish meetings after they happen.")
        .putValue("hypothesis", "If airships deliver bulletins, attendance rises, because hamlets learn of meetings in time.")
        .putValue("interventionWhat", "Weekly airship drops of bulletins")
        .putValue("interventionWho", "Zeppelin couriers")
        .putValue("interventionWhere", "Upland hamlets")
        .putValue("interventionFrequency", "Weekly");
  }

  private double complete(String pilot, Step step) {
    HttpTestClient user = api(step.user());
    JsonNode tasks = expect(user.get(ENGINE + "/task?processInstanceId=" + pilot + "&taskDefinitionKey=" + step.task()), 200);
    if (tasks.size() != 1) {
      throw new IllegalStateException(process + " " + pilot + ": " + tasks.size() + " open " + step.task() + " tasks");
    }
    String task = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      expect(user.postJson(ENGINE + "/task/" + task + "/claim", Map.of("userId", step.user())), 204);
    }
    long started = System.nanoTime();
    HttpResponse<String> submitted = user.postJson(ENGINE + "/task/" + task + "/submit-form",
        Map.of("variables", HttpTestClient.variables(step.values())));
    double millis = millisSince(started);
    expect(submitted, 204);
    return millis;
  }

  private void runJob(String pilot, String activity) {
    List<Job> jobs = management.createJobQuery().processInstanceId(pilot).activityId(activity).list();
    if (jobs.size() != 1) {
      throw new IllegalStateException(process + " " + pilot + ": " + jobs.size() + " jobs at " + activity);
    }
    management.executeJob(jobs.get(0).getId());
  }

  private HttpTestClient api(String user) {
    return clients.computeIfAbsent(user, name -> HttpTestClient.basic(port, name, DemoUsers.PASSWORD));
  }

  private JsonNode expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(process + ": " + response.request().method() + " " + response.request().uri()
          + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body().isEmpty() ? HttpTestClient.json("{}") : HttpTestClient.json(response);
  }

  private static double millisSince(long started) {
    return (System.nanoTime() - started) / 1e6;
  }
}
