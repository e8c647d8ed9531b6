package org.pilotgate.library;

import java.util.HashMap;
import java.util.Map;

/**
 * What a commit of the search index says about itself, in Lucene's commit user data: the shape of
 * its documents, the database it was built from, and the last report it holds in arrival order
 * (number and id, so a database restored from an older backup, whose numbers were reused, is noticed).
 */
record IndexCheckpoint(int format, String database, long sequence, String globalId) {

  private static final String FORMAT = "pilotgate.format";
  private static final String DATABASE = "pilotgate.database";
  private static final String SEQUENCE = "pilotgate.sequence";
  private static final String GLOBAL_ID = "pilotgate.globalId";

  /** The checkpoint of an index commit, or null when the commit has none (an empty folder, or not ours). */
  static IndexCheckpoint read(Iterable<Map.Entry<String, String>> userData) {
    Map<String, String> data = new HashMap<>();
    if (userData != null) {
      userData.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    if (!data.containsKey(FORMAT) || !data.containsKey(DATABASE) || !data.containsKey(SEQUENCE)) {
      return null;
    }
    return new IndexCheckpoint(Integer.parseInt(data.get(FORMAT)), data.get(DATABASE),
        Long.parseLong(data.get(SEQUENCE)), data.getOrDefault(GLOBAL_ID, ""));
  }

  Map<String, String> userData() {
    return Map.of(FORMAT, Integer.toString(format), DATABASE, database, SEQUENCE, Long.toString(sequence),
        GLOBAL_ID, globalId);
  }
}
