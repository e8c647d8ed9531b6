package org.pilotgate.pilot;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives out pilot references, {@code PIL-<year>-<number>}, with no gaps and no duplicates: the
 * number is taken in the transaction that starts the pilot, so a refused proposal gives it back.
 */
@Component
public class PilotReferences {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  PilotReferences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(int year) {
    ensureCounterFor(year);
    jdbc.update("UPDATE pilot_reference_counter SET last_number = last_number + 1 WHERE reference_year = ?", year);
    Integer number = jdbc.queryForObject(
        "SELECT last_number FROM pilot_reference_counter WHERE reference_year = ?", Integer.class, year);
    return "PIL-%d-%04d".formatted(year, number);
  }

  /** The year's counter row, created in its own transaction so two first proposals cannot clash. */
  private void ensureCounterFor(int year) {
    Integer rows = jdbc.queryForObject(
        "SELECT COUNT(*) FROM pilot_reference_counter WHERE reference_year = ?", Integer.class, year);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO pilot_reference_counter (reference_year, last_number) VALUES (?, 0)", year));
    } catch (DuplicateKeyException createdByAnotherProposal) {
      // the row exists now, which is all we need
    }
  }
}
