package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends each copied pilot's audit chain entries (its template's, with the copy's reference, people
 * and times) to the real chain, hashed in order as {@link AuditChain#append} would, so verifying the
 * whole chain still succeeds and timelines of copies show their chained decisions.
 */
final class ClonedChainEntries {

  private static final int BATCH = 2_000;

  private final JdbcTemplate jdbc;

  ClonedChainEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Appends the entries of {@code clones} in one transaction of the caller's; returns how many. */
  long append(List<ClonePlan.Clone> clones) {
    Map<String, List<AuditChain.Entry>> byTemplate = clones.stream().map(c -> c.template().reference()).distinct()
        .collect(Collectors.toMap(reference -> reference, reference -> jdbc.query(
            "SELECT * FROM audit_entry WHERE pilot_reference = ? ORDER BY sequence_number",
            (row, n) -> new AuditChain.Entry(row.getLong("sequence_number"), reference,
                AuditChain.Kind.valueOf(row.getString("kind")), row.getString("actor"), row.getString("recorded_at"),
                row.getString("payload"), null, null), reference)));
    jdbc.update("UPDATE audit_chain_head SET last_hash = last_hash WHERE id = 1"); // lock, as append does
    String previous = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
    List<Object[]> rows = new ArrayList<>();
    long appended = 0;
    for (ClonePlan.Clone clone : clones) {
      for (AuditChain.Entry entry : byTemplate.get(clone.template().reference())) {
        String actor = clone.replacing(entry.actor());
        String recordedAt = copiedTime(Instant.parse(entry.recordedAt()), clone).toString();
        String payload = entry.payload().replace(clone.template().reference(), clone.reference());
        String hash = AuditChain.hash(previous, clone.reference(), entry.kind(), actor, recordedAt, payload);
        rows.add(new Object[] {clone.reference(), entry.kind().name(), actor, recordedAt, payload, previous, hash});
        previous = hash;
        appended++;
      }
      if (rows.size() >= BATCH) {
        insert(rows);
      }
    }
    insert(rows);
    jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", previous);
    return appended;
  }

  private void insert(List<Object[]> rows) {
    jdbc.batchUpdate("INSERT INTO audit_entry (pilot_reference, kind, actor, recorded_at, payload, previous_hash, "
        + "entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    rows.clear();
  }

  /** The same move and stretch as the copied history's timestamps. */
  private static Instant copiedTime(Instant at, ClonePlan.Clone clone) {
    long offsetMillis = Duration.between(clone.template().started(), at).toMillis();
    return clone.started().plusMillis(Math.round(offsetMillis * clone.stretch()));
  }
}
