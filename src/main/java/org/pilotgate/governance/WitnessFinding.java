package org.pilotgate.governance;

import java.util.List;

/**
 * What comparing the database's audit chain with a witness found: whether the database holds every
 * entry the witness holds and, when it does not, those entries (the steps missing from the database,
 * with their pilots), and which witness file the comparison read.
 */
public record WitnessFinding(Outcome outcome, String summary, String witnessFile, List<WitnessedEntry> missing) {

  /** How the database's chain relates to the witness's copy. */
  public enum Outcome {
    /** The database holds every entry the witness holds (the witness may not have caught up yet). */
    AGREES,
    /** The database's chain ends at an entry the witness holds, before the witness's last: its newest entries are lost. */
    MISSING,
    /** The database's chain leaves the witness's at some entry (or shares none) and goes on with other entries. */
    DIVERGED
  }

  /** The pilots (and hack days) whose entries are missing, each once, in chain order. */
  public List<String> references() {
    return missing.stream().map(WitnessedEntry::reference).distinct().toList();
  }

  WitnessFinding inFile(String file) {
    return new WitnessFinding(outcome, summary, file, missing);
  }
}
