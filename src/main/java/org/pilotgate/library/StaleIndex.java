package org.pilotgate.library;

/** Why a node's search index must be rebuilt from the database, and whether it may answer meanwhile. */
enum StaleIndex {
  MISSING("there is no index in the folder", false),
  UNREADABLE("the index in the folder could not be read", false),
  OLDER_FORMAT("the index has an older format", true),
  ANOTHER_DATABASE("the index was built from another database", false),
  ANOTHER_HISTORY("the index holds reports this database does not have (restored from an older backup?)", false),
  REQUESTED("a rebuild was asked for", true);

  final String reason;
  /** Whether searches may keep answering from the old index until the new one is complete. */
  final boolean servesMeanwhile;

  StaleIndex(String reason, boolean servesMeanwhile) {
    this.reason = reason;
    this.servesMeanwhile = servesMeanwhile;
  }

  /** Why an index with this checkpoint (null: none) cannot be trusted here, or null when it can. */
  static StaleIndex of(IndexCheckpoint found, int format, String database, LibraryStore store) {
    if (found == null) {
      return MISSING;
    }
    if (!found.database().equals(database)) {
      return ANOTHER_DATABASE;
    }
    if (found.sequence() > 0 && !store.globalIdAt(found.sequence()).equals(java.util.Optional.of(found.globalId()))) {
      return ANOTHER_HISTORY;
    }
    return found.format() != format ? OLDER_FORMAT : null;
  }
}
