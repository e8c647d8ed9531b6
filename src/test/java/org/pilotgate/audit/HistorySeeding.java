package org.pilotgate.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
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
 * Camunda's history rows in SQL (with the history tables' indexes and keys dropped meanwhile and
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
   * copied and indexed two at a time, so their times add up to more than the wall clock.
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
    cloner.keepTemplates(cloner.tables());
    List<String> tables = cloner.largestFirst(cloner.tables());
    DroppedIndexes indexes = DroppedIndexes.dropOn(jdbc, tables);
    try {
      Map<String, Callable<Long>> copying = new LinkedHashMap<>();
      tables.forEach(table -> copying.put("copying " + table, () -> copyTable(cloner, table, copies)));
      long rows = timed("copying history rows (wall clock)", () -> onConnections(copying));
      LOG.info("copied {} history rows", rows);
    } finally {
      timed("building " + indexes.count() + " indexes and keys (wall clock)", () -> rebuild(indexes, tables));
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

  /** Largest table first, each table's indexes on one connection, then the foreign keys pointing at their keys. */
  private long rebuild(DroppedIndexes indexes, List<String> largestFirst) {
    Map<String, Callable<Long>> byTable = indexes.rebuildByTable();
    Map<String, Callable<Long>> building = new LinkedHashMap<>();
    largestFirst.stream().filter(byTable::containsKey)
        .forEach(table -> building.put("indexing " + table, byTable.get(table)));
    long built = onConnections(building);
    timed("foreign keys", () -> {
      indexes.restoreForeignKeys();
      return null;
    });
    return built;
  }

  /**
   * Runs each step, timed under its name, on two connections at once in the order given, so the
   * database uses both cores while one step waits on its disk writes; returns the sum of their results.
   */
  private long onConnections(Map<String, Callable<Long>> steps) {
    ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      List<Future<Long>> running = new ArrayList<>();
      steps.forEach((name, step) -> running.add(workers.submit(() -> timed(name, () -> call(step)))));
      long total = 0;
      for (Future<Long> step : running) {
        total += step.get();
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while seeding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("seeding failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  private static long call(Callable<Long> step) {
    try {
      return step.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
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
