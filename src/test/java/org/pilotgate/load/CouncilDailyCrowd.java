package org.pilotgate.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.security.Groups;

/**
 * The daily crowd of a large council (issue 17): 200 staff, 50 of them at work at once (a closed
 * model), signing in and working in Tasklist as Tasklist does it, through its own engine API
 * ({@code /camunda/api/engine/engine/default}) with their session and Camunda's CSRF token: the task
 * list (a filter's list and count, newest first), a task's Camunda Form and its variables, claiming
 * and completing tasks, proposing pilots, and reading the library. Officers answer the prior-work
 * check, plan the trials of their approved pilots and otherwise propose a new pilot; managers claim and
 * approve proposals. Meanwhile the public reads the library, its search, its reports, the JSON API and
 * the Atom feed at a constant rate (an open model). {@link SaturationSampler} watches the pool and the
 * job executor. See docs/benchmarks.md, "Load: a large council's daily crowd".
 */
public class CouncilDailyCrowd extends Simulation {

  static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 60));
  static final Duration STEADY = Duration.ofSeconds(Long.getLong("load.steadySeconds", 300));
  static final int STAFF_AT_ONCE = Integer.getInteger("load.staffAtOnce", 50);
  static final double PUBLIC_PER_SECOND = Double.parseDouble(System.getProperty("load.publicPerSecond", "20"));
  /** Rounds of work (task list, one task, the library) a member of staff does between signing in and out. */
  static final int ROUNDS_PER_SIGN_IN = 3;
  static final Path RESULTS = Path.of("target", "load");

  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final List<String> SEARCH_WORDS = List.of("drivers", "isolated", "referral", "bus", "older passengers",
      "training", "operator", "loneliness", "rotas", "recycling");
  /** Two members of staff took the same task at once: Tasklist answers 409 and one of them looks again. */
  private static final AtomicLong CLAIM_CONFLICTS = new AtomicLong();

  private final Instant setupStarted = Instant.now();
  private final CouncilUnderLoad council = startCouncil();
  private final Duration setup = Duration.between(setupStarted, Instant.now());
  private final SaturationSampler saturation = new SaturationSampler(council.asAdministrator());

  {
    HttpProtocolBuilder protocol = http.baseUrl(council.baseUrl())
        .acceptLanguageHeader("en-GB,en;q=0.9")
        .acceptEncodingHeader("gzip, deflate")
        .userAgentHeader("PilotGate load test (Gatling)");
    setUp(
        staff().injectClosed(rampConcurrentUsers(0).to(STAFF_AT_ONCE).during(RAMP),
            constantConcurrentUsers(STAFF_AT_ONCE).during(STEADY)),
        publicReaders().injectOpen(rampUsersPerSec(1).to(PUBLIC_PER_SECOND).during(RAMP),
            constantUsersPerSec(PUBLIC_PER_SECOND).during(STEADY)))
        .protocols(protocol)
        // staff still mid-session at the end are cut off rather than waited for
        .maxDuration(RAMP.plus(STEADY).plusSeconds(5));
  }

  private static CouncilUnderLoad startCouncil() {
    try {
      return CouncilUnderLoad.start();
    } catch (Exception failed) {
      throw new IllegalStateException("the installation under load did not start", failed);
    }
  }

  private ScenarioBuilder staff() {
    List<Map<String, Object>> people = new ArrayList<>(council.staffMembers().stream()
        .map(member -> Map.<String, Object>of("staff", member.id(), "group", member.group())).toList());
    Collections.shuffle(people, new Random(17));
    return scenario("staff").feed(listFeeder(people).circular())
        .exec(signIn())
        .repeat(ROUNDS_PER_SIGN_IN).on(
            exec(taskList()),
            pause(Duration.ofSeconds(2), Duration.ofSeconds(6)),
            exec(session -> pickTask(session)),
            doIf(session -> session.contains("taskId")).then(
                exec(workOnTask())),
            doIf(session -> !session.contains("taskId") && Groups.OFFICERS.equals(session.getString("group"))).then(
                exec(proposePilot())),
            exec(readLibrary()))
        // Tasklist's "Log out": PilotGate ends the one session and shows its sign-in page
        .exec(tasklist(http("sign out").post("/camunda/api/admin/auth/user/default/logout")).check(status().is(200)));
  }

  private static ChainBuilder signIn() {
    return exec(
        http("sign in: page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")),
        http("sign in").post("/login").formParam("username", "#{staff}")
            .formParam("password", DemoUsers.PASSWORD).formParam("_csrf", "#{csrf}")
            .disableFollowRedirect().check(status().is(302),
                header("Location").transform(landing -> landing.contains("error")).is(false)),
        // the session's first webapp page carries Camunda's CSRF token, which Tasklist sends back on every change
        http("Tasklist: open").get("/camunda/app/tasklist/default/").header("Accept", "text/html")
            .check(header("X-XSRF-TOKEN").saveAs("xsrf")),
        // Tasklist's first call: the filters the user may read
        http("Tasklist: filters").get(TASKLIST_API + "/filter?resourceType=Task&itemCount=false")
            .header("Accept", "application/json")
            .check(jsonPath("$[?(@.name == 'Decisions waiting')].id").optional().saveAs("decisionsFilter"))
            .check(jsonPath("$[?(@.name == 'My tasks')].id").saveAs("myTasksFilter")),
        exec(session -> session.set("filter", session.contains("decisionsFilter")
            ? session.getString("decisionsFilter") : session.getString("myTasksFilter"))));
  }

  /** The list Tasklist opens on: managers' "Decisions waiting", officers' "My tasks". */
  private static ChainBuilder taskList() {
    return exec(
        // an empty list saves nothing: the previous round's tasks (some done since) must not be taken for it
        exec(session -> session.remove("tasks")),
        tasklist(http("Tasklist: task list")
            .post(TASKLIST_API + "/filter/#{filter}/list?firstResult=0&maxResults=15")
            .header("Accept", "application/hal+json"))
            .body(StringBody(StaffForms.TASK_LIST_QUERY))
            .check(jsonPath("$._embedded.task[*]").ofMap().findAll().optional().saveAs("tasks")),
        tasklist(http("Tasklist: task count").post(TASKLIST_API + "/filter/#{filter}/count")
            .header("Accept", "application/json"))
            .body(StringBody(StaffForms.TASK_LIST_QUERY))
            .check(jsonPath("$.count").exists()));
  }

  /**
   * The task a person takes from the list: an officer their own prior-work answer first, else a trial to
   * plan; a manager any proposal nobody has claimed.
   */
  private static Session pickTask(Session session) {
    Session cleared = session.remove("taskId").remove("taskKey");
    List<Map<?, ?>> tasks = session.contains("tasks") ? tasks(session.getList("tasks")) : List.of();
    boolean officer = Groups.OFFICERS.equals(session.getString("group"));
    List<String> wanted = officer
        ? List.of(LifecycleModel.ACKNOWLEDGE_PRIOR_WORK, LifecycleModel.PLAN_TRIAL)
        : List.of(LifecycleModel.REVIEW_PROPOSAL);
    for (String key : wanted) {
      List<Map<?, ?>> open = tasks.stream().filter(task -> key.equals(task.get("taskDefinitionKey")))
          .filter(task -> officer ? session.getString("staff").equals(task.get("assignee")) : task.get("assignee") == null)
          .toList();
      if (!open.isEmpty()) {
        Map<?, ?> task = open.get(ThreadLocalRandom.current().nextInt(open.size()));
        return cleared.set("taskId", Objects.toString(task.get("id"))).set("taskKey", key);
      }
    }
    return cleared;
  }

  private static List<Map<?, ?>> tasks(List<Object> found) {
    return found.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
  }

  /** Claims it if it is a group's task, opens its form, fills it in and submits it. */
  private static ChainBuilder workOnTask() {
    return exec(
        doIfOrElse(session -> LifecycleModel.REVIEW_PROPOSAL.equals(session.getString("taskKey"))).then(
            exec(tasklist(http("claim").post(TASKLIST_API + "/task/#{taskId}/claim"))
                .body(StringBody("{\"userId\":\"#{staff}\"}"))
                .check(status().in(204, 409).saveAs("claimed")))
        ).orElse(exec(session -> session.set("claimed", 204))),
        doIfOrElse(session -> session.getInt("claimed") == 204).then(
            exec(openTaskForm()),
            pause(Duration.ofSeconds(10), Duration.ofSeconds(25)),
            exec(submitTaskForm())
        ).orElse(exec(session -> {
          CLAIM_CONFLICTS.incrementAndGet();
          return session;
        })));
  }

  private static ChainBuilder openTaskForm() {
    return exec(
        http("form: task").get(TASKLIST_API + "/task/#{taskId}").header("Accept", "application/json"),
        http("form: deployed form").get(TASKLIST_API + "/task/#{taskId}/deployed-form")
            .header("Accept", "application/json").check(jsonPath("$.components").exists()),
        // as Tasklist asks for them: JSON values as their text (deserialised, they come back as Jackson's node bean)
        http("form: variables").get(TASKLIST_API + "/task/#{taskId}/form-variables?deserializeValues=false")
            .header("Accept", "application/json")
            .check(jsonPath("$.similarFailures.value").optional().saveAs("similarFailures")));
  }

  private static ChainBuilder submitTaskForm() {
    return exec(
        doIf(session -> LifecycleModel.REVIEW_PROPOSAL.equals(session.getString("taskKey"))).then(
            exec(submit("complete: review proposal", session -> StaffForms.APPROVE_PROPOSAL))),
        doIf(session -> LifecycleModel.PLAN_TRIAL.equals(session.getString("taskKey"))).then(
            exec(submit("complete: plan trial", session -> StaffForms.PLAN))),
        doIf(session -> LifecycleModel.ACKNOWLEDGE_PRIOR_WORK.equals(session.getString("taskKey"))).then(
            exec(submit("complete: acknowledge prior work",
                session -> StaffForms.acknowledgement(session.getString("similarFailures"))))));
  }

  private static HttpRequestActionBuilder submit(String name, Function<Session, String> body) {
    return tasklist(http(name).post(TASKLIST_API + "/task/#{taskId}/submit-form"))
        .body(StringBody(body)).check(status().is(204));
  }

  /** Tasklist's "Start process": the startable definitions, the proposal form, then the submitted proposal. */
  private static ChainBuilder proposePilot() {
    return exec(
        http("start form: definitions").get(TASKLIST_API + "/process-definition?latestVersion=true&active=true"
            + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15")
            .header("Accept", "application/json"),
        http("start form: deployed form").get(TASKLIST_API + "/process-definition/key/" + LifecycleModel.PROCESS
            + "/deployed-start-form").header("Accept", "application/json").check(jsonPath("$.components").exists()),
        pause(Duration.ofSeconds(20), Duration.ofSeconds(40)),
        tasklist(http("propose a pilot").post(TASKLIST_API + "/process-definition/key/"
            + LifecycleModel.PROCESS + "/submit-form"))
            .body(StringBody(session -> StaffForms.proposalBy(session.getString("staff"), session.userId())))
            .check(status().is(200)));
  }

  private static ChainBuilder readLibrary() {
    return exec(session -> session.set("word", randomWord()))
        .exec(http("staff: library search").get("/library?q=#{word}").header("Accept", "text/html")
            .check(status().is(200)))
        .pause(Duration.ofSeconds(5), Duration.ofSeconds(15));
  }

  /** A POST to Tasklist's engine API as Tasklist sends it: JSON, with Camunda's CSRF token. */
  private static HttpRequestActionBuilder tasklist(HttpRequestActionBuilder request) {
    return request.header("Content-Type", "application/json").header("X-XSRF-TOKEN", "#{xsrf}");
  }

  /** One request each: the library's search page, a report, the JSON API and the Atom feed. */
  private ScenarioBuilder publicReaders() {
    List<String> reports = council.reportPaths();
    return scenario("public")
        .exec(session -> session.set("word", randomWord())
            .set("report", reports.get(ThreadLocalRandom.current().nextInt(reports.size()))))
        .exec(randomSwitch().on(
            percent(15).then(exec(page("public: library", "/library"))),
            percent(30).then(exec(page("public: library search", "/library?q=#{word}"))),
            percent(25).then(exec(page("public: report", "#{report}"))),
            percent(15).then(exec(http("public: feed").get("/library/feed.atom")
                .header("Accept", "application/atom+xml").check(status().is(200)))),
            percent(15).then(exec(http("public: API search").get("/api/library/reports?q=#{word}")
                .header("Accept", "application/json").check(jsonPath("$.total").exists())))));
  }

  private static HttpRequestActionBuilder page(String name, String path) {
    return http(name).get(path).header("Accept", "text/html").check(status().is(200));
  }

  private static String randomWord() {
    return SEARCH_WORDS.get(ThreadLocalRandom.current().nextInt(SEARCH_WORDS.size()));
  }

  @Override
  public void before() {
    saturation.start();
  }

  @Override
  public void after() {
    try {
      saturation.close();
      Files.createDirectories(RESULTS);
      Files.writeString(RESULTS.resolve("saturation.txt"), saturation.report());
      Files.writeString(RESULTS.resolve("run.txt"), """
          started: %s (setup before it: %d s)
          ramp: %d s, steady state: %d s
          staff: %d officers and %d managers, %d at once, %d rounds of work per sign-in
          public: %.0f requests a second
          claims lost to another manager (409, the manager looks again): %d
          %s""".formatted(setupStarted, setup.toSeconds(),
          RAMP.toSeconds(), STEADY.toSeconds(), CouncilUnderLoad.OFFICERS, CouncilUnderLoad.MANAGERS, STAFF_AT_ONCE,
          ROUNDS_PER_SIGN_IN, PUBLIC_PER_SECOND, CLAIM_CONFLICTS.get(), council.afterTheRun()));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        council.close();
      } catch (Exception notStopped) {
        throw new IllegalStateException("the installation under load did not stop cleanly", notStopped);
      }
    }
  }
}
