package org.pilotgate.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An entry belongs to the transaction of the step it records: that step sees it at once, it joins the
 * chain when the step commits and never if the step rolls back, and a step still at work does not hold
 * up another step's entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainTransactionsTest {

  @Autowired AuditChain chain;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void anEntryIsSeenByItsOwnStepAndChainedWhenTheStepCommits() {
    String reference = reference();
    transaction().executeWithoutResult(step -> {
      append(reference, "frozen");
      assertThat(chain.entriesOf(reference)).singleElement().satisfies(entry -> {
        assertThat(entry.kind()).isEqualTo(AuditChain.Kind.REGISTRATION_VERSION);
        assertThat(entry.payload()).contains("frozen");
        assertThat(entry.hash()).as("not chained before the step commits").isNull();
      });
      assertThat(storedEntries(reference)).isZero();
    });

    assertThat(chain.entriesOf(reference)).singleElement().satisfies(entry -> {
      assertThat(entry.sequence()).isPositive();
      assertThat(entry.hash()).hasSize(64);
    });
    assertThat(chain.verify(reference).intact()).isTrue();
  }

  @Test
  void aStepThatRollsBackLeavesNoEntry() {
    String reference = reference();
    transaction().executeWithoutResult(step -> {
      append(reference, "never happened");
      step.setRollbackOnly();
    });

    assertThat(chain.entriesOf(reference)).isEmpty();
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void aStepStillAtWorkDoesNotHoldUpAnotherStepsEntry() throws Exception {
    String slow = reference();
    String quick = reference();
    CountDownLatch slowAppended = new CountDownLatch(1);
    CountDownLatch quickCommitted = new CountDownLatch(1);
    CompletableFuture<Void> slowStep = CompletableFuture.runAsync(() -> transaction().executeWithoutResult(step -> {
      append(slow, "appended first, committed last");
      slowAppended.countDown();
      await(quickCommitted);
    }));
    assertThat(slowAppended.await(30, TimeUnit.SECONDS)).isTrue();

    CompletableFuture.runAsync(() -> transaction().executeWithoutResult(step -> append(quick, "committed first")))
        .get(30, TimeUnit.SECONDS);
    quickCommitted.countDown();
    slowStep.get(30, TimeUnit.SECONDS);

    long quickPlace = chain.entriesOf(quick).get(0).sequence();
    long slowPlace = chain.entriesOf(slow).get(0).sequence();
    assertThat(quickPlace).as("chained in the order the steps committed").isLessThan(slowPlace);
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void theWholeChainVerifiesWhileStepsKeepAppendingToIt() throws Exception {
    AtomicBoolean appending = new AtomicBoolean(true);
    CompletableFuture<Void> steps = CompletableFuture.runAsync(() -> {
      while (appending.get()) {
        transaction().executeWithoutResult(step -> append(reference(), "appended while an auditor checks"));
      }
    });
    try {
      for (int check = 0; check < 200; check++) {
        AuditChain.Verification verification = chain.verify();
        assertThat(verification.breaks()).as("check %d", check).isEmpty();
      }
    } finally {
      appending.set(false);
      steps.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void removingTheLastEntryIsCaughtByTheHead() {
    String reference = reference();
    append(reference, "the last entry");
    Map<String, Object> last = jdbc.queryForMap("SELECT * FROM audit_entry WHERE pilot_reference = ?", reference);
    jdbc.update("DELETE FROM audit_entry WHERE pilot_reference = ?", reference);
    try {
      assertThat(chain.verify().breaks()).singleElement().satisfies(found ->
          assertThat(found.problem()).isEqualTo("no entry matches the chain's head: entries were removed from the end"));
    } finally {
      jdbc.update("INSERT INTO audit_entry (sequence_number, pilot_reference, kind, actor, recorded_at, payload, "
          + "previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", last.get("sequence_number"), reference,
          last.get("kind"), last.get("actor"), last.get("recorded_at"), last.get("payload"), last.get("previous_hash"),
          last.get("entry_hash"));
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void outsideATransactionAnEntryIsChainedAtOnce() {
    String reference = reference();
    append(reference, "at once");

    assertThat(storedEntries(reference)).isOne();
    assertThat(chain.verify(reference).intact()).isTrue();
  }

  private void append(String reference, String note) {
    chain.append(reference, AuditChain.Kind.REGISTRATION_VERSION, "olivia", Map.of("note", note));
  }

  private int storedEntries(String reference) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE pilot_reference = ?", Integer.class, reference);
  }

  private TransactionTemplate transaction() {
    return new TransactionTemplate(transactionManager);
  }

  private static String reference() {
    return "PIL-TX-" + UUID.randomUUID().toString().substring(0, 13);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
