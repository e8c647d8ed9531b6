package org.pilotgate.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grows the template pilots' history to the benchmark's size on PostgreSQL: plans the copies, copies
 * Camunda's history rows in SQL (with the history tables' non-unique indexes dropped meanwhile and
 * built again after), appends the copies' audit chain entries, fills the pilot register, and
 * vacuums and analyzes the database. Times each step, so the report says where the time went.
 */
final class HistorySeeding {

  private static final Logger LOG = LoggerFactory.getLogger(HistorySeeding.class);
  /** Copies per statement: large enough to be fast, small enough to show progress and keep transactions short. */
  private static final int COPIES_PER_STATEMENT = 10_000;
  private static final int CONNECTIONS = 2;

  /**
   * The pilots copied, the whole time taken, and the seconds each step took, in order; the tables are
   * copied two at a time, so their times add up to more than the copying's wall clock.
   */
  record Report(int templates, int copies, double totalSeconds, Map<String, Double> seconds) {

    @Override
    public String toString() {
      String steps = seconds.entrySet().stream().filter(e -> e.getValue() >= 1)
          .map(e -> "%s %.0f s".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", "));
      return "seeded %d pilots from %d templates in %.0f s (%s)".formatted(templates + copies, templates,
          totalSeconds, steps.isEmpty() ? "every step under a second" : steps + "; steps under a second not listed");
    }
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Map<String, Double> seconds = Collections.synchronizedMap(new LinkedHashMap<>());

  HistorySeeding(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  Report copy(List<ClonePlan.Template> templates, int copies) {
    long started = System.nanoTime();
    List<ClonePlan.Clone> plan = timed("planning", () -> {
      List<ClonePlan.Clone> clones = ClonePlan.of(templates, copies, new Random(42));
      ClonePlan.store(jdbc, clones);
      return clones;
    });
    HistoryCloner cloner = new HistoryCloner(jdbc);
    List<String> tables = cloner.tables();
    cloner.keepTemplates(tables);
    SecondaryIndexes indexes = SecondaryIndexes.dropOn(jdbc, tables);
    try {
      long rows = timed("copying history rows (wall clock)", () -> copyRows(cloner, tables, copies));
      LOG.info("copied {} history rows", rows);
    } finally {
      timed("building " + indexes.count() + " indexes", () -> {
        indexes.rebuild();
        return null;
      });
      cloner.dropTemplates(tables);
    }
    Long entries = timed("audit chain", () -> transaction.execute(status -> new ClonedChainEntries(jdbc).append(plan)));
    long[] register = timed("pilot register", () -> new PilotRegisterFromHistory(jdbc).fill());
    LOG.info("appended {} audit chain entries; added {} register rows and {} people", entries, register[0],
        register[1]);
    ClonePlan.drop(jdbc);
    // as autovacuum leaves a production database (and it may be off on the benchmark's server): rows
    // marked visible and statistics current, so reads pay neither first-read nor planning surprises
    timed("vacuum and analyze", () -> {
      jdbc.execute("VACUUM (ANALYZE)");
      return null;
    });
    Report report = new Report(templates.size(), copies, (System.nanoTime() - started) / 1e9, seconds);
    LOG.info("{}", report);
    return report;
  }

  /**
   * Copies table by table on two connections at once, largest table first, so the database uses both
   * cores while the other table waits on its disk writes; each table in batches of copies.
   */
  private long copyRows(HistoryCloner cloner, List<String> tables, int copies) {
    ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      List<Future<Long>> copied = new ArrayList<>();
      for (String table : cloner.largestFirst(tables)) {
        copied.add(workers.submit(() -> timed("copying " + table, () -> copyTable(cloner, table, copies))));
      }
      long rows = 0;
      for (Future<Long> table : copied) {
        rows += table.get();
      }
      return rows;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while copying history", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("copying history failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  private static long copyTable(HistoryCloner cloner, String table, int copies) {
    long rows = 0;
    for (int first = 1; first <= copies; first += COPIES_PER_STATEMENT) {
      rows += cloner.copy(table, first, Math.min(copies, first + COPIES_PER_STATEMENT - 1));
    }
    LOG.info("copied {} rows of {}", rows, table);
    return rows;
  }

  private <T> T timed(String step, Supplier<T> work) {
    long started = System.nanoTime();
    try {
      return work.get();
    } finally {
      seconds.merge(step, (System.nanoTime() - started) / 1e9, Double::sum);
    }
  }
}
