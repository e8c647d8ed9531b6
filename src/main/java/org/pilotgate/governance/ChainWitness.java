package org.pilotgate.governance;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's own copy of the audit chain, off the database: a file on its disk to which a background
 * task appends the entries committed since it last looked. A database restored from an older backup
 * has lost the entries after the backup, and nothing left in it says so; the witness still holds them.
 * At start-up the witness is compared with the database ({@link WitnessComparison}). When they
 * disagree, the witness is kept under a new name, with the timestamp, for the finding to point at, and
 * a new witness starts from the database's chain; while that retired witness stays in the folder,
 * each start compares it again, so a restart does not hide what was lost.
 */
@Component
public class ChainWitness implements AutoCloseable {

  static final String SETTING = "pilotgate.audit.witness-file";
  private static final String RETIRED = ".retired-";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final int BATCH = 1000;
  /** A log line names this many missing steps; the API names them all. */
  private static final int NAMED_IN_THE_LOG = 20;
  private static final Logger LOG = LoggerFactory.getLogger(ChainWitness.class);

  /** What the health check and the auditors see: the witness file, how far it has caught up, the last finding. */
  public record State(String file, long entries, long lastSequence, WitnessFinding finding) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Path path;
  private final Path temporaryFolder;
  private final WitnessComparison.DatabaseChain database;
  private WitnessFile file;
  private volatile State state;
  private String stuckAfter;
  private boolean closed;

  ChainWitness(JdbcTemplate jdbc, Clock clock, @Value("${" + SETTING + ":}") String setting) throws IOException {
    this.jdbc = jdbc;
    this.clock = clock;
    this.temporaryFolder = setting == null || setting.isBlank()
        ? Files.createTempDirectory("pilotgate-audit-witness-") : null;
    this.path = (temporaryFolder != null ? temporaryFolder.resolve("audit-witness.jsonl") : Path.of(setting))
        .toAbsolutePath().normalize();
    this.database = new StoredChain(jdbc);
    this.file = WitnessFile.open(path, SETTING);
    showing(check());
  }

  /** The witness file, how far it has caught up and what the last comparison with the database found. */
  public State state() {
    return state;
  }

  /**
   * Appends the entries committed since the witness's last one, forced to disk; answers how many. If the
   * database's chain does not go on from the witness's last entry (the database under this node was
   * swapped), the two are compared again as at start-up instead.
   */
  public synchronized long catchUp() {
    if (closed) {
      return 0;
    }
    long added = 0;
    List<WitnessedEntry> batch;
    do {
      WitnessedEntry last = file.last();
      batch = jdbc.query("SELECT sequence_number, pilot_reference, kind, actor, recorded_at, previous_hash, entry_hash "
          + "FROM audit_entry WHERE sequence_number > ? ORDER BY sequence_number FETCH FIRST " + BATCH + " ROWS ONLY",
          (row, n) -> new WitnessedEntry(row.getLong(1), row.getString(2), AuditChain.Kind.valueOf(row.getString(3)),
              row.getString(4), row.getString(5), row.getString(6), row.getString(7)),
          last == null ? 0 : last.sequence());
      String lastHash = last == null ? AuditChain.GENESIS : last.hash();
      if (!batch.isEmpty() && !batch.get(0).previousHash().equals(lastHash)) {
        if (!lastHash.equals(stuckAfter)) {
          notGoingOn(lastHash);
        }
        return added;
      }
      file.append(batch);
      added += batch.size();
    } while (batch.size() == BATCH);
    showing(state.finding());
    return added;
  }

  /** Every few seconds; while the database is away the witness waits (readiness reports the database). */
  @Scheduled(fixedDelayString = "${pilotgate.audit.witness-interval-millis:2000}",
      initialDelayString = "${pilotgate.audit.witness-interval-millis:2000}")
  void keepUp() {
    try {
      catchUp();
    } catch (DataAccessException databaseAway) {
      LOG.debug("The audit chain witness {} could not catch up", path, databaseAway);
    }
  }

  private void notGoingOn(String lastHash) {
    WitnessFinding finding = check();
    showing(finding);
    if (finding.outcome() == WitnessFinding.Outcome.AGREES) {
      stuckAfter = lastHash; // compared once: the chain itself is broken, which verifying it shows
      LOG.error("The database's audit chain does not go on from entry {}, the last in the witness {}, although it "
          + "holds it: the chain is broken; check it (GET /api/audit/chain)", file.last().sequence(), path);
    }
  }

  /**
   * Compares the witness with the database; when they disagree, retires the witness and starts a new
   * one. When they agree, the newest witness retired earlier (if still in the folder) is compared instead.
   */
  private WitnessFinding check() {
    try {
      WitnessFinding current = WitnessComparison.compare(file.takeEntriesReadAtOpening(), database)
          .inFile(path.toString());
      if (current.outcome() != WitnessFinding.Outcome.AGREES) {
        Path retired = retire();
        WitnessFinding finding = current.inFile(retired.toString());
        warn(finding, "kept aside as " + retired + "; a new witness starts in " + path);
        return finding;
      }
      Optional<Path> retired = newestRetired();
      if (retired.isPresent()) {
        WitnessFinding earlier = WitnessComparison.compare(WitnessFile.read(retired.get()), database)
            .inFile(retired.get().toString());
        if (earlier.outcome() != WitnessFinding.Outcome.AGREES) {
          warn(earlier, retired.get() + ", kept aside at an earlier start: move it out of " + path.getParent()
              + " once the missing steps are done again");
          return earlier;
        }
      }
      return current;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not compare the audit chain witness " + path + " with the database", e);
    }
  }

  private static void warn(WitnessFinding finding, String aboutTheFile) {
    List<WitnessedEntry> missing = finding.missing();
    String named = missing.stream().limit(NAMED_IN_THE_LOG)
        .map(entry -> entry.reference() + " (" + entry.kind() + " by " + entry.actor() + " at " + entry.recordedAt() + ")")
        .collect(Collectors.joining(", "))
        + (missing.size() > NAMED_IN_THE_LOG ? " and " + (missing.size() - NAMED_IN_THE_LOG) + " more" : "");
    LOG.warn("Audit chain witness: {}. Not in the database: {} (all of them: GET /api/audit/chain/missing). The witness "
        + "holding them: {}. See docs/operations.md, \"Backup and restore\"", finding.summary(), named, aboutTheFile);
  }

  private Path retire() throws IOException {
    String extension = path.getFileName().toString().substring(stem(path).length());
    String stamped = stem(path) + RETIRED + STAMP.format(clock.instant());
    Path retired = path.resolveSibling(stamped + extension);
    for (int n = 2; Files.exists(retired); n++) {
      retired = path.resolveSibling(stamped + "-" + n + extension);
    }
    file.close();
    Files.move(path, retired);
    file = WitnessFile.open(path, SETTING);
    return retired;
  }

  /** The witness retired last: names sort by their timestamp, a second one in the same second ending "-2". */
  private Optional<Path> newestRetired() throws IOException {
    String prefix = stem(path) + RETIRED;
    try (Stream<Path> siblings = Files.list(path.getParent())) {
      return siblings.filter(sibling -> sibling.getFileName().toString().startsWith(prefix))
          .max(Comparator.comparing(ChainWitness::stem));
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private void showing(WitnessFinding finding) {
    WitnessedEntry last = file.last();
    state = new State(path.toString(), file.entries(), last == null ? 0 : last.sequence(), finding);
  }

  /** Witnesses what was committed up to now, so a node stopped in good order leaves nothing out. */
  @PreDestroy
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      catchUp();
    } catch (DataAccessException | UncheckedIOException lastCatchUpFailed) {
      LOG.warn("The audit chain witness {} could not catch up before the node stopped: the next start does", path,
          lastCatchUpFailed);
    } finally {
      closed = true;
      file.close();
      if (temporaryFolder != null) {
        Files.deleteIfExists(path);
        try (Stream<Path> left = Files.list(temporaryFolder)) {
          for (Path retired : left.toList()) {
            Files.deleteIfExists(retired);
          }
        }
        Files.deleteIfExists(temporaryFolder);
      }
    }
  }

  /** The database's audit chain, as the comparison reads it. */
  private record StoredChain(JdbcTemplate jdbc) implements WitnessComparison.DatabaseChain {

    @Override
    public String head() {
      return jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
    }

    @Override
    public boolean holds(String hash) {
      return !jdbc.queryForList("SELECT sequence_number FROM audit_entry WHERE entry_hash = ? FETCH FIRST 1 ROWS ONLY",
          Long.class, hash).isEmpty();
    }
  }
}
