package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.plan;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.TestPilots.returnReport;
import static org.pilotgate.TestPilots.successReport;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PUBLISH_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.READ_REJECTION;
import static org.pilotgate.process.LifecycleModel.RECORD_CHECK_IN;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.REVISE_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Random;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit timeline and the pilot search with 100,000 finished pilots in history, on PostgreSQL.
 * Runs five template pilots through the real engine (stopped at the gate; scaled; rejected; revised,
 * extended, stopped and its report returned once; stopped early with publishing failing into an
 * incident), copies their history in SQL up to the size wanted, then times timelines and searches
 * over HTTP as the auditor. A measurement, not a test: it asserts nothing about time, and writes its
 * numbers to target/benchmarks/audit.txt and docs/benchmarks.md. A database that already holds the
 * pilots is reused, so a second run only measures. The command is in docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "pilotgate.library.index-refresh-millis=3600000")
class AuditBenchmark extends PilotProcessTest {

  static final int PILOTS = Integer.getInteger("benchmark.pilots", 100_000);
  static final int TIMELINES = 500;
  static final int SEARCHES = 500;
  static final int WARM_UP = 50;
  static final Path RESULTS = Path.of("target", "benchmarks", "audit.txt");
  static final Path PAGE = Path.of("docs", "benchmarks.md");
  static final String HEADING = "Audit at 100,000 finished pilots (PostgreSQL)";

  private static final List<String> MEASURED_TABLES = List.of("act_hi_procinst", "act_hi_actinst",
      "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray", "act_hi_identitylink", "act_hi_op_log",
      "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_incident", "act_hi_comment",
      "audit_entry", "pilot_register", "pilot_register_person");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired AuditChain chain;

  @Test
  void measure() throws IOException {
    Assumptions.assumeTrue("PostgreSQL".equals(jdbc.execute(
        (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())),
        "AuditBenchmark measures PostgreSQL: run it with -Ppostgres (see docs/benchmarks.md)");
    String loadBefore = load();
    String seeding = finishedPilots() >= PILOTS ? "reused the seeded database (" + seedingRecord() + ")" : seed();

    HttpTestClient auditor = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD);
    List<String> references = jdbc.queryForList("SELECT business_key_ FROM act_hi_procinst "
        + "WHERE end_time_ IS NOT NULL ORDER BY random() LIMIT ?", String.class, TIMELINES + WARM_UP);
    Latencies timeline = Latencies.of(Latencies.time(references, WARM_UP,
        reference -> auditor.get("/api/audit/pilots/" + reference).statusCode() == 200));
    List<SearchMix.Search> searches = SearchMix.searches(new Random(7), SEARCHES + WARM_UP, jdbc);
    List<Latencies.Run<SearchMix.Search>> searchRuns = Latencies.time(searches, WARM_UP,
        search -> auditor.get("/api/audit/pilots?" + search.query()).statusCode() == 200);

    String results = results(seeding, timeline, searchRuns, loadBefore);
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, results);
    BenchmarkSection.write(PAGE, "audit-benchmark", HEADING, results);
    System.out.println(results);
  }

  private String seed() {
    long started = System.nanoTime();
    if (finishedPilots() > 0) {
      throw new IllegalStateException("The database holds " + finishedPilots() + " finished pilots, fewer than "
          + PILOTS + ": seed into an empty database (dropdb, createdb) so references do not repeat");
    }
    List<ClonePlan.Template> templates = List.of(
        template(stoppedAtGateAndPublished(), 30),
        template(scaled(), 25),
        template(rejected(), 20),
        template(revisedExtendedThenStoppedWithItsReportReturned(), 15),
        template(stoppedEarlyWithAnIncidentWhilePublishing(), 10));
    new HistorySeeding(jdbc, new TransactionTemplate(transactionManager)).copy(templates, PILOTS - templates.size());
    String record = "seeded %d pilots from %d templates in %d s, %s".formatted(finishedPilots(), templates.size(),
        (System.nanoTime() - started) / 1_000_000_000, LocalDate.now());
    // kept with the data, so a later run that reuses the database can still say how it was seeded
    jdbc.execute("COMMENT ON DATABASE \"" + jdbc.queryForObject("SELECT current_database()", String.class)
        + "\" IS '" + record + "'");
    return record;
  }

  private String seedingRecord() {
    return jdbc.queryForObject("SELECT shobj_description(oid, 'pg_database') FROM pg_database "
        + "WHERE datname = current_database()", String.class);
  }

  private long finishedPilots() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'pilot-lifecycle' "
        + "AND end_time_ IS NOT NULL", Long.class);
  }

  private ClonePlan.Template template(ProcessInstance pilot, int weight) {
    return jdbc.queryForObject("SELECT business_key_, start_time_, end_time_ FROM act_hi_procinst WHERE id_ = ?",
        (row, n) -> new ClonePlan.Template(pilot.getId(), row.getString(1), row.getTimestamp(2).toInstant(),
            row.getTimestamp(3).toInstant(), weight), pilot.getId());
  }

  private ProcessInstance scaled() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    fire(pilot, CHECK_IN_DUE);
    complete(pilot, RECORD_CHECK_IN, "olivia", Variables.createVariables()
        .putValue("checkInStatus", "ON_TRACK").putValue("checkInNotes", "Twelve referrals in the first fortnight."));
    evaluated(pilot, evaluation(24, 14000, 4));
    complete(pilot, DECIDE_GATE, "mia", gate("SCALE", null));
    complete(pilot, WRITE_SUCCESS_REPORT, "olivia", successReport());
    complete(pilot, REVIEW_SUCCESS_REPORT, "max", approve("reportReviewDecision"));
    fire(pilot, PUBLISH_SUCCESS_REPORT);
    return pilot;
  }

  private ProcessInstance rejected() {
    ProcessInstance pilot = propose("olivia", proposal());
    complete(pilot, REVIEW_PROPOSAL, "mia", Variables.createVariables()
        .putValue("reviewDecision", "REJECT").putValue("reviewComments", "Duplicates the befriending service."));
    complete(pilot, READ_REJECTION, "olivia", Variables.createVariables());
    return pilot;
  }

  private ProcessInstance revisedExtendedThenStoppedWithItsReportReturned() {
    ProcessInstance pilot = propose("olivia", proposal());
    complete(pilot, REVIEW_PROPOSAL, "mia", Variables.createVariables()
        .putValue("reviewDecision", "REQUEST_CHANGES").putValue("reviewComments", "Add a harm limit on complaints."));
    complete(pilot, REVISE_PROPOSAL, "olivia", proposal().putValue("title", "Bus drivers refer isolated passengers"));
    acknowledgeSimilarFailuresIfAsked(pilot);
    complete(pilot, REVIEW_PROPOSAL, "max", approve("reviewDecision"));
    complete(pilot, PLAN_TRIAL, "olivia", plan());
    evaluated(pilot, evaluation(21, 12000, 2));
    complete(pilot, DECIDE_GATE, "mia", gate("EXTEND", null)
        .putValue("newTrialEnd", TestPilots.TODAY.plusMonths(5).toString()));
    evaluated(pilot, evaluation(3, 15000, 3));
    complete(pilot, DECIDE_GATE, "max", gate("STOP", null));
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", returnReport("Say what the operator changed and when."));
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", approve("reportReviewDecision"));
    fire(pilot, PUBLISH_FAILURE_REPORT);
    return pilot;
  }

  /** Publishing fails while the library's table is away, until the job's retries run out and an incident opens. */
  private ProcessInstance stoppedEarlyWithAnIncidentWhilePublishing() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    stopEarly(pilot, "max", "COST", "The operator withdrew funding.");
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", approve("reportReviewDecision"));
    Job publish = publishingFailsUntilAnIncident(pilot, PUBLISH_FAILURE_REPORT);
    management.setJobRetries(publish.getId(), 1);
    management.executeJob(publish.getId());
    return pilot;
  }

  private String results(String seeding, Latencies timeline, List<Latencies.Run<SearchMix.Search>> searchRuns,
      String loadBefore) {
    StringBuilder text = new StringBuilder();
    text.append("Run %s on %d cores, Java %s, %s; load average (1, 5, 15 min) before %s, after %s.%n%n".formatted(
        LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        jdbc.queryForObject("SELECT split_part(version(), ' on ', 1)", String.class), loadBefore, load()));
    AuditChain.Verification verification = chain.verify();
    text.append("Finished pilots: %,d; %s. The whole audit chain verifies %s (%,d entries).%n%n".formatted(
        finishedPilots(), seeding, verification.intact() ? "intact" : "BROKEN", verification.entriesChecked()));
    text.append("| measure (over HTTP, signed in as the auditor) | target | result |\n|---|---|---|\n");
    text.append("| timeline, `GET /api/audit/pilots/{reference}`, random finished pilots | p95 under 50 ms | %s |%n"
        .formatted(timeline));
    text.append("| search, `GET /api/audit/pilots?...`, the mix below | p95 under 100 ms | %s |%n"
        .formatted(Latencies.of(searchRuns)));
    searchRuns.stream().collect(Collectors.groupingBy(run -> run.input().kind(),
            TreeMap::new, Collectors.toList()))
        .forEach((kind, runs) -> text.append("| &nbsp;&nbsp;search by %s, e.g. `%s` | | %s |%n".formatted(kind,
            runs.get(0).input().query(), Latencies.of(runs))));
    text.append('\n');
    text.append("| table | rows | size with indexes |\n|---|---|---|\n");
    for (String table : MEASURED_TABLES) {
      Map<String, Object> size = jdbc.queryForMap("SELECT COUNT(*) AS n, pg_size_pretty(pg_total_relation_size('"
          + table + "')) AS size FROM " + table);
      text.append("| %s | %,d | %s |%n".formatted(table, (Long) size.get("n"), size.get("size")));
    }
    text.append("| whole database | | %s |%n".formatted(jdbc.queryForObject(
        "SELECT pg_size_pretty(pg_database_size(current_database()))", String.class)));
    return text.toString();
  }

  private static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
