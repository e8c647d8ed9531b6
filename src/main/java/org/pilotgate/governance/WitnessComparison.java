package org.pilotgate.governance;

import java.util.List;

/**
 * Compares the database's audit chain with a witness's copy of it. Entries are chained by hash, so the
 * database holding a witness entry's hash means it holds that entry and every one before it: the
 * entries the database lacks are those after the last witness entry it holds.
 */
final class WitnessComparison {

  /** What the comparison needs of the database's chain. */
  interface DatabaseChain {
    /** The hash of the chain's last entry ({@link AuditChain#GENESIS} when it has none). */
    String head();

    /** Whether the chain holds an entry with this hash. */
    boolean holds(String hash);
  }

  private WitnessComparison() {}

  /** The witness's entries in chain order, starting at the chain's first entry, as every witness does. */
  static WitnessFinding compare(List<WitnessedEntry> witness, DatabaseChain database) {
    String head = database.head();
    int atHead = head.equals(AuditChain.GENESIS) ? -1 : indexOf(witness, head);
    boolean headWitnessed = atHead >= 0 || head.equals(AuditChain.GENESIS);
    if (headWitnessed && atHead == witness.size() - 1) {
      return agrees(witness.size());
    }
    if (headWitnessed) {
      List<WitnessedEntry> missing = witness.subList(atHead + 1, witness.size());
      return finding(WitnessFinding.Outcome.MISSING, (atHead < 0 ? "The database's audit chain is empty"
          : "The database's audit chain ends at entry " + witness.get(atHead).sequence()) + ", but the witness holds "
          + count(missing.size()) + " after it: the database was restored from an older backup or lost its last "
          + "commits, and the steps they record are missing", missing);
    }
    if (witness.isEmpty() || database.holds(witness.get(witness.size() - 1).hash())) {
      return agrees(witness.size()); // the database has moved on since the witness last caught up
    }
    int lastHeld = lastHeld(witness, database);
    List<WitnessedEntry> missing = witness.subList(lastHeld + 1, witness.size());
    return finding(WitnessFinding.Outcome.DIVERGED, (lastHeld < 0
        ? "The database's audit chain and the witness have no entry in common: the database is another "
          + "installation's, or the witness is"
        : "The database's audit chain leaves the witness's after entry " + witness.get(lastHeld).sequence()
          + " and goes on with entries the witness does not hold: the database was restored from an older backup "
          + "and has moved on since")
        + "; the witness holds " + count(missing.size()) + " the database does not", missing);
  }

  private static int indexOf(List<WitnessedEntry> witness, String hash) {
    for (int i = witness.size() - 1; i >= 0; i--) {
      if (witness.get(i).hash().equals(hash)) {
        return i;
      }
    }
    return -1;
  }

  /** The last witness entry the database holds (-1: none), found in a logarithmic number of look-ups. */
  private static int lastHeld(List<WitnessedEntry> witness, DatabaseChain database) {
    int held = -1;
    int notHeld = witness.size();
    while (notHeld - held > 1) {
      int middle = (held + notHeld) >>> 1;
      if (database.holds(witness.get(middle).hash())) {
        held = middle;
      } else {
        notHeld = middle;
      }
    }
    return held;
  }

  private static WitnessFinding agrees(int witnessed) {
    return finding(WitnessFinding.Outcome.AGREES, "The database's audit chain holds every entry the witness holds ("
        + count(witnessed) + ")", List.of());
  }

  private static WitnessFinding finding(WitnessFinding.Outcome outcome, String summary, List<WitnessedEntry> missing) {
    return new WitnessFinding(outcome, summary, null, List.copyOf(missing));
  }

  private static String count(int entries) {
    return entries == 1 ? "1 entry" : entries + " entries";
  }
}
