package org.pilotgate.audit;

import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grows the template pilots' history to the benchmark's size on PostgreSQL: plans the copies, copies
 * Camunda's history rows in SQL, appends the copies' audit chain entries, fills the pilot register,
 * and vacuums and analyzes the database.
 */
final class HistorySeeding {

  private static final Logger LOG = LoggerFactory.getLogger(HistorySeeding.class);
  /** Copies per statement: large enough to be fast, small enough to show progress and keep transactions short. */
  private static final int COPIES_PER_STATEMENT = 5_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  HistorySeeding(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  void copy(List<ClonePlan.Template> templates, int copies) {
    List<ClonePlan.Clone> plan = ClonePlan.of(templates, copies, new Random(42));
    ClonePlan.store(jdbc, plan);
    HistoryCloner cloner = new HistoryCloner(jdbc);
    List<String> tables = cloner.tables();
    for (int first = 1; first <= copies; first += COPIES_PER_STATEMENT) {
      int last = Math.min(copies, first + COPIES_PER_STATEMENT - 1);
      for (String table : tables) {
        cloner.copy(table, first, last);
      }
      LOG.info("copied the history of {} of {} pilots", last, copies);
    }
    Long entries = transaction.execute(status -> new ClonedChainEntries(jdbc).append(plan));
    long[] register = new PilotRegisterFromHistory(jdbc).fill();
    LOG.info("appended {} audit chain entries; added {} register rows and {} people", entries, register[0],
        register[1]);
    ClonePlan.drop(jdbc);
    // as autovacuum leaves a production database (and it may be off on the benchmark's server): rows
    // marked visible and statistics current, so reads pay neither first-read nor planning surprises
    jdbc.execute("VACUUM (ANALYZE)");
  }
}
