package org.pilotgate.governance;

import java.time.Clock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An append-only, hash-chained record of the decisions that must never be quietly changed: gate
 * decisions, managers' early stops, registration versions, publications, operators' withdrawals
 * of pilots, timers fired early in the demo and the answers given to hack-day ideas. Each entry's hash covers its content and the
 * previous entry's hash, so changing, removing or reordering any entry breaks every hash after it.
 */
@Repository
public class AuditChain {

  public static final String GENESIS = "0".repeat(64);

  /** What an entry records. */
  public enum Kind { PROPOSAL, REVIEW_DECISION, REGISTRATION_VERSION, GATE_DECISION, PUBLICATION, WITHDRAWAL,
    EARLY_STOP, TIMER_FIRED_EARLY,
    /** A hack-day idea's answer; the entry's reference is the hack day's (HD-...). */
    IDEA_TRIAGED }

  /** A stored entry. */
  public record Entry(long sequence, String pilotReference, Kind kind, String actor, String recordedAt,
      String payload, String previousHash, String hash) {}

  /** An entry whose stored hashes do not match its content or its place in the chain. */
  public record Break(long sequence, String pilotReference, Kind kind, String problem) {}

  /** The result of checking the chain (or one pilot's part of it). */
  public record Verification(boolean intact, long entriesChecked, List<Break> breaks) {}

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .findAndAddModules()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private final JdbcTemplate jdbc;
  private final Clock clock;

  AuditChain(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Appends an entry in the caller's transaction: if the step it records rolls back, so does the entry.
   * Inside a transaction the entry is chained just before it commits, after the step's other writes,
   * so the chain's head is locked for the commit only and concurrent steps do not queue behind each
   * other's work; the step's own reads ({@link #entriesOf}) see it at once.
   */
  public void append(String pilotReference, Kind kind, String actor, Map<String, ?> payload) {
    Unchained entry = new Unchained(pilotReference, kind, actor, clock.instant().toString(), canonical(payload));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      PendingEntries.ofCurrentTransaction(this::chain).add(entry);
    } else {
      chain(entry);
    }
  }

  /** An entry not yet in the chain: appended in a transaction that has not committed. */
  record Unchained(String pilotReference, Kind kind, String actor, String recordedAt, String payload) {

    Entry withoutPlace() {
      return new Entry(0, pilotReference, kind, actor, recordedAt, payload, null, null);
    }
  }

  private void chain(Unchained entry) {
    jdbc.update("UPDATE audit_chain_head SET last_hash = last_hash WHERE id = 1"); // lock: one append at a time
    String previous = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
    String hash = hash(previous, entry.pilotReference(), entry.kind(), entry.actor(), entry.recordedAt(),
        entry.payload());
    jdbc.update("INSERT INTO audit_entry (pilot_reference, kind, actor, recorded_at, payload, previous_hash, "
        + "entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)", entry.pilotReference(), entry.kind().name(), entry.actor(),
        entry.recordedAt(), entry.payload(), previous, hash);
    jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", hash);
  }

  /**
   * The pilot's entries in chain order; inside a transaction, followed by those it appended and has not
   * yet committed (sequence 0, no hashes yet).
   */
  public List<Entry> entriesOf(String pilotReference) {
    List<Entry> entries = new ArrayList<>(jdbc.query(
        "SELECT * FROM audit_entry WHERE pilot_reference = ? ORDER BY sequence_number",
        (row, n) -> entry(row), pilotReference));
    PendingEntries.inCurrentTransaction().stream()
        .filter(pending -> pending.pilotReference().equals(pilotReference))
        .map(Unchained::withoutPlace)
        .forEach(entries::add);
    return entries;
  }

  /** Checks the whole chain. */
  public Verification verify() {
    return verify(null);
  }

  /** Checks the chain and reports the breaks in one pilot's entries (null: every pilot's). */
  public Verification verify(String pilotReference) {
    return pilotReference == null ? verifyWholeChain() : verifyPilot(pilotReference);
  }

  /**
   * Entries are read one at a time, in order, however long the chain. The head is read first: entries
   * that steps append while the walk goes on come after it, and the entry it names must still be there
   * (else entries were removed from the end).
   */
  private Verification verifyWholeChain() {
    String head = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
    ChainWalk walk = new ChainWalk(head);
    jdbc.query("SELECT * FROM audit_entry ORDER BY sequence_number", row -> {
      walk.check(entry(row));
    });
    if (!walk.headFound) {
      walk.breaks.add(new Break(walk.lastSequence, null, null,
          "no entry matches the chain's head: entries were removed from the end"));
    }
    return new Verification(walk.breaks.isEmpty(), walk.checked, walk.breaks);
  }

  /**
   * The pilot's entries only, each against the stored hash of the entry just before it in the chain
   * (whichever pilot's): the same findings as a walk along the whole chain, in time that does not
   * grow with the number of pilots.
   */
  private Verification verifyPilot(String pilotReference) {
    List<Break> breaks = new ArrayList<>();
    List<Entry> entries = jdbc.query("SELECT e.*, (SELECT b.entry_hash FROM audit_entry b WHERE b.sequence_number = "
        + "(SELECT MAX(m.sequence_number) FROM audit_entry m WHERE m.sequence_number < e.sequence_number)) "
        + "AS hash_before FROM audit_entry e WHERE e.pilot_reference = ? ORDER BY e.sequence_number", (row, n) -> {
          Entry entry = entry(row);
          String before = row.getString("hash_before");
          problem(entry, before == null ? GENESIS : before).ifPresent(breaks::add);
          return entry;
        }, pilotReference);
    return new Verification(breaks.isEmpty(), entries.size(), breaks);
  }

  /** The state of a walk along the chain: what the next entry must point back to, and what was found. */
  private static final class ChainWalk {
    private final List<Break> breaks = new ArrayList<>();
    private final String head;
    private String expectedPrevious = GENESIS;
    private boolean headFound;
    private long checked;
    private long lastSequence;

    ChainWalk(String head) {
      this.head = head;
      this.headFound = GENESIS.equals(head);
    }

    void check(Entry entry) {
      checked++;
      problem(entry, expectedPrevious).ifPresent(breaks::add);
      expectedPrevious = entry.hash();
      lastSequence = entry.sequence();
      headFound |= entry.hash().equals(head);
    }
  }

  private static Optional<Break> problem(Entry entry, String expectedPrevious) {
    if (!entry.previousHash().equals(expectedPrevious)) {
      return Optional.of(broken(entry, "its previous hash does not match the entry before it: an entry was changed, "
          + "removed or inserted before it"));
    }
    if (!entry.hash().equals(hash(entry.previousHash(), entry.pilotReference(), entry.kind(), entry.actor(),
        entry.recordedAt(), entry.payload()))) {
      return Optional.of(broken(entry, "its content does not match its hash: the entry was changed"));
    }
    return Optional.empty();
  }

  static String canonical(Map<String, ?> payload) {
    try {
      return CANONICAL.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot record " + payload.keySet() + " in the audit chain", e);
    }
  }

  public static String hash(String previous, String pilotReference, Kind kind, String actor, String recordedAt,
      String payload) {
    return sha256(String.join("\n", previous, pilotReference, kind.name(), actor, recordedAt, payload));
  }

  /** The SHA-256 of a value's canonical JSON: equal content, equal hash, whatever the order of its keys. */
  public static String contentHash(Object value) {
    return sha256(canonical(CANONICAL.convertValue(value, Map.class)));
  }

  private static String sha256(String content) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static Break broken(Entry entry, String problem) {
    return new Break(entry.sequence(), entry.pilotReference(), entry.kind(), problem);
  }

  private static Entry entry(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Entry(row.getLong("sequence_number"), row.getString("pilot_reference"),
        Kind.valueOf(row.getString("kind")), row.getString("actor"), row.getString("recorded_at"),
        row.getString("payload"), row.getString("previous_hash"), row.getString("entry_hash"));
  }
}
