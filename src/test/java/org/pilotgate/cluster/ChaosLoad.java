package org.pilotgate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.security.DemoUsers;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A steady load of pilots through every path of the lifecycle, driven through the engine REST API as
 * Tasklist users would: officers propose, revise, plan, record check-ins, evaluate and write reports;
 * managers review, stop trials early, decide gates (every decision) and approve or return reports. Time
 * passes for a trial by moving its timers' due dates, as in the other cluster tests. Each worker keeps a
 * few pilots in flight and reads a pilot's state again before each step, so a step whose node died under
 * it is neither lost nor done twice by the load itself.
 */
final class ChaosLoad implements AutoCloseable {

  private static final List<String> OFFICERS = List.of("olivia", "oscar");
  private static final List<String> MANAGERS = List.of("mia", "max", "sam");
  private static final int PILOTS_PER_WORKER = 2;
  /** One pilot in this many fails to publish until an operator retries it (see {@link FlakyPublishing}). */
  private static final int FLAKY_EVERY = 5;

  private final ChaosClient client;
  private final JdbcTemplate jdbc;
  private final long seed;
  private final Duration thinkTime;
  private final List<Thread> workers = new ArrayList<>();
  private final Map<String, LongAdder> tally = new ConcurrentSkipListMap<>();
  private final Map<String, String> unexpected = new ConcurrentHashMap<>();
  private volatile boolean running = true;

  /** {@code thinkTime}: how long a user pauses between two steps on average, reading and typing. */
  ChaosLoad(ChaosClient client, JdbcTemplate jdbc, long seed, Duration thinkTime) {
    this.client = client;
    this.jdbc = jdbc;
    this.seed = seed;
    this.thinkTime = thinkTime;
  }

  void start(int workerCount) {
    for (int w = 0; w < workerCount; w++) {
      Worker worker = new Worker(w, new Random(seed + w));
      Thread thread = new Thread(worker, "chaos-load-" + w);
      thread.setDaemon(true);
      workers.add(thread);
      thread.start();
    }
  }

  /** What the load did, by kind, e.g. {@code completed DecideGate STOP}. */
  Map<String, Long> tally() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    tally.forEach((what, count) -> counts.put(what, count.sum()));
    return counts;
  }

  /** How often the load did {@code what} so far. */
  long times(String what) {
    LongAdder count = tally.get(what);
    return count == null ? 0 : count.sum();
  }

  /** Answers the load did not expect (kind of request: the first such answer). */
  Map<String, String> unexpectedAnswers() {
    return Map.copyOf(unexpected);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread worker : workers) {
      worker.join(60_000);
    }
  }

  private void count(String what) {
    tally.computeIfAbsent(what, key -> new LongAdder()).increment();
  }

  private void unexpected(String kind, String answer) {
    count("unexpected answer");
    unexpected.putIfAbsent(kind, answer.length() > 400 ? answer.substring(0, 400) : answer);
  }

  /** A pilot a worker drives: its process instance, once known, and its proposer. */
  private static final class Pilot {
    final String title;
    final String proposer;
    String id;
    boolean stopTried;
    boolean cautious;

    Pilot(String title, String proposer) {
      this.title = title;
      this.proposer = proposer;
    }
  }

  private final class Worker implements Runnable {
    private final int number;
    private final Random random;
    private final List<Pilot> inFlight = new ArrayList<>();
    private int proposed;

    Worker(int number, Random random) {
      this.number = number;
      this.random = random;
    }

    @Override
    public void run() {
      while (running) {
        try {
          if (inFlight.size() < PILOTS_PER_WORKER) {
            propose();
          } else {
            Pilot pilot = inFlight.get(random.nextInt(inFlight.size()));
            if (!advance(pilot)) {
              inFlight.remove(pilot);
            }
          }
          Thread.sleep(random.nextLong(2 * thinkTime.toMillis() + 1));
        } catch (ChaosClient.NodeLost lost) {
          count("request lost with its node");
          pause(500);
        } catch (ChaosClient.Unavailable | DataAccessException away) {
          if (client.cluster().databaseAwayLately()) {
            count("refused while the database was away");
          } else {
            unexpected("database unavailable", String.valueOf(away.getMessage()));
          }
          pause(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException e) {
          unexpected("load step: " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
          pause(500);
        }
      }
    }

    private void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void propose() throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
      proposed++;
      boolean flaky = (proposed + number) % FLAKY_EVERY == 0;
      Pilot pilot = new Pilot("Chaos " + number + "-" + proposed + (flaky ? " flaky" : "")
          + " drivers refer isolated older passengers", OFFICERS.get(random.nextInt(OFFICERS.size())));
      inFlight.add(pilot);
      HttpResponse<String> started = client.postJson(pilot.proposer,
          Pilots.ENGINE + "/process-definition/key/pilot-lifecycle/submit-form",
          Map.of("variables", HttpTestClient.variables(TestPilots.proposal().putValue("title", pilot.title))));
      if (started.statusCode() == 200) {
        pilot.id = ChaosClient.json(started.body()).path("id").asText();
        count("proposed");
      } else {
        inFlight.remove(pilot);
        unexpected("propose " + started.statusCode(), started.body());
      }
    }

    /** One step of the pilot, or none if it waits on the engine; false once it has ended. */
    private boolean advance(Pilot pilot) throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
      if (pilot.id == null && !findStarted(pilot)) {
        return false;
      }
      JsonNode process = client.read("admin", "/history/process-instance/" + pilot.id);
      String state = process.path("state").asText();
      if (!"ACTIVE".equals(state)) {
        count("ended " + state);
        return false;
      }
      JsonNode tasks = client.read("admin", "/task?processInstanceId=" + pilot.id);
      if (!tasks.isEmpty()) {
        complete(pilot, tasks.get(0));
      } else if (hasJob(pilot, "TrialEndReached")) {
        letTheTrialRun(pilot);
      }
      return true;
    }

    /** A proposal whose node died under it: started if the register has it (in the same transaction). */
    private boolean findStarted(Pilot pilot) {
      List<String> ids = jdbc.queryForList("SELECT process_instance_id FROM pilot_register WHERE title = ?",
          String.class, pilot.title);
      if (ids.isEmpty()) {
        count("proposal lost with its node, nothing started");
        return false;
      }
      pilot.id = ids.get(0);
      count("proposed");
      return true;
    }

    private void complete(Pilot pilot, JsonNode task) throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
      String key = task.path("taskDefinitionKey").asText();
      Step step = step(pilot, key);
      if (step == null) {
        unexpected("task " + key, "no step for this task");
        return;
      }
      HttpResponse<String> done = client.postJson(step.user(), Pilots.ENGINE + "/task/" + task.path("id").asText()
          + "/submit-form", Map.of("variables", HttpTestClient.variables(step.values())));
      if (done.statusCode() == 204) {
        count("completed " + key + (step.choice() == null ? "" : " " + step.choice()));
        pilot.cautious = false;
      } else if (done.statusCode() == 400 && step.choice() != null) {
        // a choice the rules refuse at this point (a fourth revision, a third extension): choose plainly next time
        count("refused " + key + " " + step.choice());
        pilot.cautious = true;
      } else if (taskGone(task)) {
        // the engine ended the task meanwhile (the trial's end timer fired during a check-in) and refused
        count("task ended by the engine while being completed, answered " + done.statusCode());
      } else {
        unexpected("complete " + key + " " + done.statusCode(), done.body());
      }
    }

    private boolean taskGone(JsonNode task) throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
      return client.get("admin", Pilots.ENGINE + "/task/" + task.path("id").asText()).statusCode() == 404;
    }

    /** The form a person fills in for the task, with a choice drawn at random where the form has one. */
    private Step step(Pilot pilot, String key) throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
      String manager = MANAGERS.get(random.nextInt(MANAGERS.size()));
      int roll = pilot.cautious ? 0 : random.nextInt(100);
      return switch (key) {
        case "AcknowledgePriorWork" -> new Step(pilot.proposer, TestPilots.acknowledgement(similarFailures(pilot)), null);
        case "ReviewProposal" -> review(manager, roll);
        case "ReviseProposal" -> new Step(pilot.proposer, TestPilots.proposal().putValue("title", pilot.title), null);
        case "ReadRejection" -> new Step(pilot.proposer, Variables.createVariables(), null);
        case "PlanTrial" -> new Step(pilot.proposer, TestPilots.plan(), null);
        case "RecordCheckIn" -> new Step(pilot.proposer, Variables.createVariables()
            .putValue("checkInStatus", List.of("ON_TRACK", "AT_RISK", "OFF_TRACK").get(random.nextInt(3)))
            .putValue("checkInNotes", "Chaos run check-in"), null);
        case "EvaluateTrial" -> new Step(pilot.proposer, TestPilots.evaluation(List.of(4, 12, 25).get(random.nextInt(3)),
            List.of(9000, 15000, 30000).get(random.nextInt(3)), 1 + random.nextInt(4)), null);
        case "DecideGate" -> gate(pilot, manager, roll);
        case "WriteSuccessReport" -> new Step(pilot.proposer, TestPilots.successReport(), null);
        case "DraftFailureReport" -> new Step(pilot.proposer, TestPilots.failureReport(), null);
        case "ReviewSuccessReport", "ReviewFailureReport" -> roll < 25
            ? new Step(manager, TestPilots.returnReport("Chaos run: say what it cost per person"), "RETURN")
            : new Step(manager, TestPilots.approve("reportReviewDecision"), "APPROVE");
        case "ChaseOverdueReport" -> new Step(manager, Variables.createVariables()
            .putValue("overdueFollowUp", "Chaos run: asked the author for a date"), null);
        default -> null;
      };
    }

    private Step review(String manager, int roll) {
      if (roll < 70) {
        return new Step(manager, TestPilots.approve("reviewDecision"), "APPROVE");
      }
      String decision = roll < 85 ? "REQUEST_CHANGES" : "REJECT";
      return new Step(manager, Variables.createVariables().putValue("reviewDecision", decision)
          .putValue("reviewComments", "Chaos run: " + decision.toLowerCase()), decision);
    }

    private Step gate(Pilot pilot, String manager, int roll) throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
      String decision = roll < 35 ? "STOP" : roll < 70 ? "SCALE" : roll < 85 ? "EXTEND" : "ADAPT";
      VariableMap values = TestPilots.gate(decision, "Chaos run: decided on the evidence");
      if ("EXTEND".equals(decision)) {
        String trialEnd = client.read("admin", "/process-instance/" + pilot.id + "/variables/trialEnd").path("value").asText();
        values.putValue("newTrialEnd", LocalDate.parse(trialEnd).plusMonths(1).toString());
      } else if ("ADAPT".equals(decision)) {
        values.putValue("adaptation", "Chaos run: a second route instead of the first");
      }
      return new Step(manager, values, decision);
    }

    private int similarFailures(Pilot pilot) throws ChaosClient.NodeLost, ChaosClient.Unavailable, InterruptedException {
      JsonNode failures = client.read(pilot.proposer, "/process-instance/" + pilot.id
          + "/variables/similarFailures?deserializeValue=false");
      return ChaosClient.json(failures.path("value").asText()).size();
    }

    /**
     * The trial runs: sometimes a manager stops it early; otherwise time passes, to a check-in or to the
     * planned end date.
     */
    private void letTheTrialRun(Pilot pilot) throws InterruptedException {
      int roll = random.nextInt(100);
      if (roll < 12 && !pilot.stopTried) {
        pilot.stopTried = true;
        stopEarly(pilot);
      } else if (roll < 40 && hasJob(pilot, "CheckInDue")) {
        arrive(pilot, "CheckInDue");
        count("check-in fell due");
      } else {
        arrive(pilot, "TrialEndReached");
        count("trial end fell due");
      }
    }

    private void stopEarly(Pilot pilot) throws InterruptedException {
      String manager = MANAGERS.get(random.nextInt(MANAGERS.size()));
      String reference = jdbc.queryForObject("SELECT reference FROM pilot_register WHERE process_instance_id = ?",
          String.class, pilot.id);
      String page = "/pilots/" + reference + "/stop-early";
      PilotGateNode node = client.cluster().anyUp();
      try {
        HttpTestClient browser = HttpTestClient.signedIn(node.port(), manager, DemoUsers.PASSWORD);
        Map<String, String> fields = new HashMap<>(Map.of("earlyStopReasonCode", "COST",
            "earlyStopReason", "Chaos run: funding withdrawn"));
        fields.put("_csrf", browser.csrfTokenOn(page));
        HttpResponse<String> stopped = browser.postForm(page, fields);
        count(stopped.statusCode() == 302 ? "stopped early" : "early stop answered " + stopped.statusCode());
      } catch (java.io.UncheckedIOException | IllegalStateException lost) {
        count("request lost with its node");
      }
    }

    private boolean hasJob(Pilot pilot, String activity) {
      return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ "
          + "WHERE j.process_instance_id_ = ? AND d.act_id_ = ?", Long.class, pilot.id, activity) > 0;
    }

    /** Time passes: the timer falls due now. */
    private void arrive(Pilot pilot, String activity) {
      jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE process_instance_id_ = ? AND job_def_id_ IN "
          + "(SELECT id_ FROM act_ru_jobdef WHERE act_id_ = ?)", Timestamp.from(Instant.now()), pilot.id, activity);
    }
  }

  /** Who submits which values, and the choice among them worth counting (null if none). */
  private record Step(String user, VariableMap values, String choice) {}
}
