package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.pilotgate.governance.AuditChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit benchmark's seeding and cleanup measurement at a smoke size, on PostgreSQL (skipped on
 * H2): 50 copies are right, and Camunda's cleanup removes an expired copy's history and nothing of
 * PilotGate's own record of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one seeding for both; the cleanup removes a copy
class HistorySeedingTest extends SeededHistoryTest {

  static final int COPIES = 50;
  /** Copies' references have five digits, where the real counter gives four. */
  static final String COPIED = "PIL-____-_____";

  @Autowired AuditChain chain;
  @Autowired Timeline timeline;
  @Autowired HistoryService history;

  private HistorySeeding.Report seeding;
  private int detailIndexesBeforeSeeding;
  private int keysBeforeSeeding;

  @Test
  @Order(1)
  void copiesAreWholePilotsWithTheirOwnPeopleAndChainAndTheIndexesAreBack() {
    seeded();

    assertThat(indexesOn("act_hi_detail")).isEqualTo(detailIndexesBeforeSeeding).isGreaterThan(1);
    assertThat(historyKeys()).as("primary keys, unique keys and the foreign keys to byte arrays")
        .isEqualTo(keysBeforeSeeding).isGreaterThan(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ LIKE ? "
        + "AND end_time_ IS NOT NULL", Integer.class, COPIED)).isEqualTo(COPIES);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pilot_register WHERE reference LIKE ?", Integer.class,
        COPIED)).isEqualTo(COPIES);
    assertThat(chain.verify().intact()).isTrue();

    String copy = lastToEndAfterTheGate();
    List<String> people = jdbc.queryForList("SELECT user_id FROM pilot_register_person WHERE reference = ?",
        String.class, copy);
    List<Timeline.Event> events = timeline.of(copy).orElseThrow();
    assertThat(events).extracting(Timeline.Event::at).isSorted().allMatch(at -> at.isBefore(Instant.now()));
    assertThat(events).filteredOn(e -> e.type() == EventType.TASK_COMPLETED).isNotEmpty()
        .extracting(Timeline.Event::who).allMatch(people::contains).doesNotContainAnyElementsOf(Set.of("olivia", "mia", "max"));
    assertThat(events).extracting(Timeline.Event::type).containsAnyOf(EventType.GATE_DECISION, EventType.PUBLICATION);
  }

  @Test
  @Order(2)
  void theCleanupRemovesAnExpiredCopysHistoryAndKeepsItsRegisterRowAndChain() {
    seeded();
    HistoryCleanupRuns cleanup = new HistoryCleanupRuns(history, management, jdbc);
    String expired = jdbc.queryForObject("SELECT business_key_ FROM act_hi_procinst WHERE business_key_ LIKE ? "
        + "ORDER BY removal_time_ LIMIT 1", String.class, COPIED);
    Instant due = jdbc.queryForObject("SELECT removal_time_ FROM act_hi_procinst WHERE business_key_ = ?",
        Timestamp.class, expired).toInstant();
    int chained = chain.entriesOf(expired).size();

    HistoryCleanupRuns.Result result = cleanup.cleanUp(due, 100); // other tests' pilots may be due too

    assertThat(result.pilots()).isPositive();
    assertThat(result.rows()).isGreaterThan(100);
    assertThat(cleanup.rowsDue(due)).isZero();
    assertThat(timeline.of(expired)).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ LIKE ?", Integer.class,
        COPIED)).isEqualTo(COPIES - 1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pilot_register WHERE reference = ?", Integer.class, expired))
        .isOne();
    assertThat(chain.entriesOf(expired)).hasSize(chained);
    assertThat(chain.verify().intact()).isTrue();
  }

  private void seeded() {
    assumePostgres("the seeding copies history in PostgreSQL's SQL; the PostgreSQL build runs this test");
    if (seeding == null) {
      detailIndexesBeforeSeeding = indexesOn("act_hi_detail");
      keysBeforeSeeding = historyKeys();
      seeding = seed(COPIES + 5);
      assertThat(seeding.copies()).isEqualTo(COPIES);
    }
  }

  /** A copy whose template has chain entries; the last to end, so the cleanup test never removes it. */
  /** The copy that ended last of those that reached the gate (a rejected proposal's chain ends at its review). */
  private String lastToEndAfterTheGate() {
    return jdbc.queryForObject("SELECT business_key_ FROM act_hi_procinst WHERE business_key_ LIKE ? "
        + "AND business_key_ IN (SELECT pilot_reference FROM audit_entry WHERE kind = ?) ORDER BY end_time_ DESC LIMIT 1",
        String.class, COPIED, AuditChain.Kind.GATE_DECISION.name());
  }

  /** The history tables' primary and unique keys, and the foreign keys pointing at them; all dropped while seeding. */
  private int historyKeys() {
    return jdbc.queryForObject("""
        SELECT COUNT(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
          LEFT JOIN pg_class r ON r.oid = c.confrelid
        WHERE t.relnamespace = current_schema()::regnamespace
          AND (c.contype IN ('p', 'u') AND (t.relname LIKE 'act\\_hi\\_%' OR t.relname = 'act_ge_bytearray')
            OR c.contype = 'f' AND r.relname = 'act_ge_bytearray')""", Integer.class);
  }

  private int indexesOn(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE tablename = ?", Integer.class, table);
  }
}
