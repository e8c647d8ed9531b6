package org.pilotgate.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs Camunda's own history cleanup job, as configured, with the engine's clock moved to a moment
 * when some finished pilots' history is due, run after run as the job executor would inside the
 * window, until nothing due is left. The clock is put back afterwards.
 */
final class HistoryCleanupRuns {

  /** What the runs removed, and the time spent in the cleanup job alone. */
  record Result(int runs, long pilots, long rows, Duration inJobs) {

    double pilotsPerSecond() {
      return pilots / Math.max(1e-9, inJobs.toNanos() / 1e9);
    }

    double rowsPerSecond() {
      return rows / Math.max(1e-9, inJobs.toNanos() / 1e9);
    }
  }

  private final HistoryService history;
  private final ManagementService management;
  private final JdbcTemplate jdbc;
  private final List<String> tables;

  HistoryCleanupRuns(HistoryService history, ManagementService management, JdbcTemplate jdbc) {
    this.history = history;
    this.management = management;
    this.jdbc = jdbc;
    this.tables = new HistoryCloner(jdbc).tables();
  }

  /** The moment the {@code n}-th finished pilot to become due is due. */
  Instant whenDue(int n) {
    return jdbc.queryForObject("SELECT removal_time_ FROM act_hi_procinst WHERE removal_time_ IS NOT NULL "
        + "ORDER BY removal_time_ OFFSET ? LIMIT 1", Timestamp.class, n - 1).toInstant();
  }

  /** History rows, of every kind, due at {@code at}. */
  long rowsDue(Instant at) {
    return tables.stream().mapToLong(table -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM " + table + " WHERE removal_time_ <= ?", Long.class, Timestamp.from(at))).sum();
  }

  private boolean anythingDue(Instant at) {
    return tables.stream().anyMatch(table -> jdbc.queryForObject(
        "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE removal_time_ <= ?)", Boolean.class, Timestamp.from(at)));
  }

  /**
   * Cleans up, a second after {@code due} (the engine's clock counts milliseconds, removal times
   * microseconds), all that is due then; stops early after {@code maxRuns}.
   */
  Result cleanUp(Instant due, int maxRuns) {
    Instant at = due.plusSeconds(1);
    long pilotsBefore = finishedPilots();
    long rowsBefore = rowsDue(at);
    ClockUtil.setCurrentTime(Date.from(at));
    try {
      int runs = 0;
      long nanos = 0;
      while (runs < maxRuns && anythingDue(at)) {
        // due now, whatever the window: the window is the job executor's schedule, not what a run removes
        String job = history.cleanUpHistoryAsync(true).getId();
        long started = System.nanoTime();
        management.executeJob(job);
        nanos += System.nanoTime() - started;
        runs++;
      }
      return new Result(runs, pilotsBefore - finishedPilots(), rowsBefore - rowsDue(at), Duration.ofNanos(nanos));
    } finally {
      ClockUtil.reset();
    }
  }

  private long finishedPilots() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL", Long.class);
  }
}
