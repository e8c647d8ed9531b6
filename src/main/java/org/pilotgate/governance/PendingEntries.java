package org.pilotgate.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit chain entries a transaction has appended, chained in order just before it commits. Bound
 * to the transaction as a Spring resource, so they are dropped with it if it rolls back.
 */
final class PendingEntries implements TransactionSynchronization {

  private static final Object KEY = PendingEntries.class;

  private final List<AuditChain.Unchained> entries = new ArrayList<>();
  private final Consumer<AuditChain.Unchained> chain;

  private PendingEntries(Consumer<AuditChain.Unchained> chain) {
    this.chain = chain;
  }

  /** This transaction's entries, registered to be chained before it commits on first use. */
  static List<AuditChain.Unchained> ofCurrentTransaction(Consumer<AuditChain.Unchained> chain) {
    PendingEntries pending = (PendingEntries) TransactionSynchronizationManager.getResource(KEY);
    if (pending == null) {
      pending = new PendingEntries(chain);
      TransactionSynchronizationManager.bindResource(KEY, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    return pending.entries;
  }

  /** What this thread's transaction has appended and not yet chained: none outside a transaction. */
  static List<AuditChain.Unchained> inCurrentTransaction() {
    PendingEntries pending = (PendingEntries) TransactionSynchronizationManager.getResource(KEY);
    return pending == null ? List.of() : List.copyOf(pending.entries);
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    while (!entries.isEmpty()) {
      chain.accept(entries.remove(0));
    }
  }

  /** A transaction started inside this one (REQUIRES_NEW) keeps its own entries. */
  @Override
  public void suspend() {
    TransactionSynchronizationManager.unbindResource(KEY);
  }

  @Override
  public void resume() {
    TransactionSynchronizationManager.bindResource(KEY, this);
  }

  @Override
  public void afterCompletion(int status) {
    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
  }
}
