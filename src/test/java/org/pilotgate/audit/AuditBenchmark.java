package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit timeline and the pilot search with many finished pilots in history (100,000 unless
 * {@code -Dbenchmark.pilots} says otherwise), on PostgreSQL.
 * Runs five template pilots through the real engine (stopped at the gate; scaled; rejected; revised,
 * extended, stopped and its report returned once; stopped early with publishing failing into an
 * incident), copies their history in SQL up to the size wanted, then times timelines and searches
 * over HTTP as the auditor. A measurement, not a test: it asserts nothing about time, and writes its
 * numbers to target/benchmarks/audit.txt and docs/benchmarks.md. A database that already holds the
 * pilots is reused, so a second run only measures. The command is in docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "pilotgate.library.index-refresh-millis=3600000")
class AuditBenchmark extends SeededHistoryTest {

  static final int PILOTS = Integer.getInteger("benchmark.pilots", 100_000);
  static final int TIMELINES = 500;
  static final int SEARCHES = 500;
  static final int WARM_UP = 50;
  static final Path RESULTS = Path.of("target", "benchmarks", "audit.txt");
  static final Path PAGE = Path.of("docs", "benchmarks.md");
  static final String HEADING = "Audit at 20,000, 100,000 and 300,000 finished pilots, and a million projected (PostgreSQL)";

  private static final List<String> MEASURED_TABLES = List.of("act_hi_procinst", "act_hi_actinst",
      "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray", "act_hi_identitylink", "act_hi_op_log",
      "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_incident", "act_hi_comment",
      "audit_entry", "pilot_register", "pilot_register_person");

  @LocalServerPort int port;
  @Autowired AuditChain chain;

  @Test
  void measure() throws IOException {
    assumePostgres("AuditBenchmark measures PostgreSQL: run it with -Ppostgres (see docs/benchmarks.md)");
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
    if (finishedPilots() > 0) {
      throw new IllegalStateException("The database holds " + finishedPilots() + " finished pilots, fewer than "
          + PILOTS + ": seed into an empty database (dropdb, createdb) so references do not repeat");
    }
    String record = seed(PILOTS) + ", " + LocalDate.now();
    // kept with the data, so a later run that reuses the database can still say how it was seeded
    jdbc.execute("COMMENT ON DATABASE \"" + jdbc.queryForObject("SELECT current_database()", String.class)
        + "\" IS '" + record + "'");
    return record;
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
    text.append("| search, `GET /api/audit/pilots?...`, the mix below | p95 under 50 ms | %s |%n"
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
    long databaseBytes = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
    text.append("| whole database | | %,d MB, %,d KB per finished pilot |%n".formatted(databaseBytes >> 20,
        databaseBytes / 1024 / Math.max(1, finishedPilots())));
    return text.toString();
  }

  static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
