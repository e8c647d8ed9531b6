package org.pilotgate.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.retention.RetentionProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How fast Camunda's history cleanup, as PilotGate configures it, removes finished pilots' history,
 * on the database {@link AuditBenchmark} seeded: the engine's clock is moved to when the oldest
 * {@code benchmark.cleanup.pilots} pilots (1,000 unless set) are due, and the cleanup job runs until
 * nothing due is left. Then checks that PilotGate's own record of those pilots stays, as the
 * retention rules say. It removes those pilots' history, so run it after the audit benchmark: a
 * database it has run on holds fewer pilots than it was seeded with. Writes its numbers to
 * target/benchmarks/audit-cleanup.txt and docs/benchmarks.md; asserts nothing about time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "pilotgate.library.index-refresh-millis=3600000")
class HistoryCleanupBenchmark extends SeededHistoryTest {

  static final int PILOTS = Integer.getInteger("benchmark.cleanup.pilots", 1_000);
  static final int YEARLY_INTAKE = 100_000;
  static final Path RESULTS = Path.of("target", "benchmarks", "audit-cleanup.txt");

  @Autowired HistoryService history;
  @Autowired AuditChain chain;
  @Autowired RetentionProperties retention;

  @Test
  void measure() throws IOException {
    assumePostgres("HistoryCleanupBenchmark measures PostgreSQL: run it with -Ppostgres (see docs/benchmarks.md)");
    String loadBefore = AuditBenchmark.load();
    long pilotsBefore = finishedPilots();
    HistoryCleanupRuns cleanup = new HistoryCleanupRuns(history, management, jdbc);
    Instant due = cleanup.whenDue(PILOTS);
    List<String> expired = jdbc.queryForList("SELECT business_key_ FROM act_hi_procinst WHERE removal_time_ <= ?",
        String.class, Timestamp.from(due));

    HistoryCleanupRuns.Result result = cleanup.cleanUp(due, 1_000_000);

    String results = results(result, pilotsBefore, expired, loadBefore);
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, results);
    BenchmarkSection.write(AuditBenchmark.PAGE, "audit-cleanup-benchmark", AuditBenchmark.HEADING, results);
    System.out.println(results);
  }

  private String results(HistoryCleanupRuns.Result result, long pilotsBefore, List<String> expired,
      String loadBefore) {
    long windowSeconds = Duration.between(retention.cleanupWindowStart(), retention.cleanupWindowEnd())
        .plusDays(retention.cleanupWindowEnd().isBefore(retention.cleanupWindowStart()) ? 1 : 0).toSeconds();
    double nightlyCapacity = result.pilotsPerSecond() * windowSeconds;
    long registerKept = count("SELECT COUNT(*) FROM pilot_register WHERE reference = ANY (?)", expired);
    long chainKept = count("SELECT COUNT(DISTINCT pilot_reference) FROM audit_entry WHERE pilot_reference = ANY (?)",
        expired);
    AuditChain.Verification verification = chain.verify();
    return """
        Run %s on %d cores; load average (1, 5, 15 min) before %s, after %s. Database of %,d finished pilots \
        (%s); Camunda's cleanup as configured (removal-time based, %d rows per kind per run, one job at a time), \
        with the engine's clock at the moment the oldest %,d pilots' history is due.

        | measure | result |
        |---|---|
        | pilots whose history was removed | %,d (of %,d due) |
        | history rows removed | %,d |
        | cleanup job runs | %,d, %.1f s inside the job |
        | rate | %.1f pilots/s, %,.0f rows/s |
        | one night's window (%s to %s, %,d s) at that rate | %,.0f pilots |
        | a year's intake of %,d pilots | %.1f %% of the year's windows |
        | register rows kept for the removed pilots | %,d of %,d |
        | removed pilots still in the audit chain | %,d of %,d; the chain verifies %s (%,d entries) |
        """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), loadBefore,
        AuditBenchmark.load(), pilotsBefore, seedingRecord(), retention.cleanupBatchSize(), PILOTS, result.pilots(),
        expired.size(), result.rows(), result.runs(), result.inJobs().toMillis() / 1000.0, result.pilotsPerSecond(),
        result.rowsPerSecond(), retention.cleanupWindowStart(), retention.cleanupWindowEnd(), windowSeconds,
        nightlyCapacity, YEARLY_INTAKE, 100.0 * YEARLY_INTAKE / (nightlyCapacity * 365), registerKept,
        expired.size(), chainKept, expired.size(), verification.intact() ? "intact" : "BROKEN",
        verification.entriesChecked());
  }

  private long count(String sql, List<String> references) {
    return jdbc.queryForObject(sql, Long.class, (Object) references.toArray(String[]::new));
  }
}
