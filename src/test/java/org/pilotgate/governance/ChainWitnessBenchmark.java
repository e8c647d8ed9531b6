package org.pilotgate.governance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.audit.BenchmarkSection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the audit chain witness costs on a chain of {@code benchmark.entries} entries (default 100,000):
 * the first catch-up (a node upgraded onto an installation with a long chain), the catch-up of one new
 * entry (each few seconds after a step was recorded), and the comparison at start-up when the witness
 * agrees, when the database lost its last entries, and when it was restored and moved on. Results go
 * to target/benchmarks/witness.txt and docs/benchmarks.md. Run it on PostgreSQL (see docs/benchmarks.md).
 */
@SpringBootTest
class ChainWitnessBenchmark {

  private static final int ENTRIES = Integer.getInteger("benchmark.entries", 100_000);
  private static final int RUNS = 5;
  private static final Path FOLDER = Path.of("target", "benchmarks", "witness");

  @Autowired JdbcTemplate jdbc;
  @Autowired AuditChain chain;
  @Autowired Clock clock;

  @Test
  void measure() throws IOException {
    long seeded = seed();
    List<String> lines = new ArrayList<>();
    lines.add(String.format("Chain of %,d entries on %s%n", count(), database()));
    lines.add(String.format("| step | time (or size) |%n|---|---|"));

    Path path = FOLDER.resolve("audit-witness.jsonl");
    clear();
    long started = System.nanoTime();
    long copied;
    try (ChainWitness witness = new ChainWitness(jdbc, clock, path.toString())) {
      copied = witness.catchUp();
      lines.add(row("first catch-up: " + String.format("%,d", copied) + " entries copied and forced to disk ("
          + String.format("%.1f", Files.size(path) / 1_048_576.0) + " MiB)", millis(started)));
      double[] single = new double[RUNS];
      for (int run = 0; run < RUNS; run++) {
        chain.append("PIL-BENCH-NEW", AuditChain.Kind.GATE_DECISION, "mia", Map.of("run", run));
        long one = System.nanoTime();
        witness.catchUp();
        single[run] = millis(one);
      }
      lines.add(row("catch-up of 1 new entry (median of " + RUNS + ")", median(single)));
      lines.add(row("catch-up with nothing new (median of " + RUNS + ")", median(timed(witness::catchUp))));
    }
    lines.add(row("start-up comparison, witness agrees (median of " + RUNS + ")",
        median(timed(() -> { }, () -> reopen(path, WitnessFinding.Outcome.AGREES)))));

    long heapBefore = heapAfterGc();
    List<WitnessedEntry> witnessed = WitnessFile.read(path);
    lines.add(String.format("| heap held by the witness's %,d entries read for a comparison | %.1f MiB |",
        witnessed.size(), (heapAfterGc() - heapBefore) / 1_048_576.0));
    WitnessedEntry last = witnessed.get(witnessed.size() - 1);
    lines.add(row("start-up comparison, 1 entry missing from the database (median of " + RUNS + ")",
        median(timed(() -> prepare(path, witnessed, List.of(lost(last, 1))),
            () -> reopen(path, WitnessFinding.Outcome.MISSING)))));
    List<WitnessedEntry> half = witnessed.subList(0, witnessed.size() / 2);
    List<WitnessedEntry> otherHalf = new ArrayList<>();
    for (int n = 1; n <= witnessed.size() - half.size(); n++) {
      otherHalf.add(lost(otherHalf.isEmpty() ? half.get(half.size() - 1) : otherHalf.get(otherHalf.size() - 1), n));
    }
    lines.add(row("start-up comparison, restored at the middle and moved on: " + String.format("%,d",
        otherHalf.size()) + " witnessed entries not in the database (median of " + RUNS + ")",
        median(timed(() -> prepare(path, half, otherHalf), () -> reopen(path, WitnessFinding.Outcome.DIVERGED)))));

    String results = String.join("\n", lines) + "\n\n(" + seeded + " entries seeded in this run; a comparison "
        + "is a node's start-up step alone: opening and reading the witness file, the look-ups in the database, and "
        + "keeping a disagreeing witness aside; the new witness's first catch-up follows in the background)\n";
    Files.createDirectories(FOLDER.getParent());
    Files.writeString(FOLDER.getParent().resolve("witness.txt"), results);
    BenchmarkSection.write(Path.of("docs", "benchmarks.md"), "witness", "The audit chain witness", results);
    clear();
  }

  /** Adds chained entries until the chain holds {@code ENTRIES}, in batches, each hashed as AuditChain does. */
  private long seed() {
    long missing = ENTRIES - count();
    String previous = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
    for (long done = 0; done < missing; ) {
      List<Object[]> batch = new ArrayList<>();
      for (int i = 0; i < 5_000 && done < missing; i++, done++) {
        String reference = "PIL-BENCH-" + done;
        String at = clock.instant().toString();
        String payload = AuditChain.canonical(Map.of("decision", "SCALE", "reason", "seeded " + done));
        String hash = AuditChain.hash(previous, reference, AuditChain.Kind.GATE_DECISION, "mia", at, payload);
        batch.add(new Object[] {reference, "GATE_DECISION", "mia", at, payload, previous, hash});
        previous = hash;
      }
      jdbc.batchUpdate("INSERT INTO audit_entry (pilot_reference, kind, actor, recorded_at, payload, previous_hash, "
          + "entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)", batch);
      jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", previous);
    }
    return Math.max(missing, 0);
  }

  /** A node's start-up step, timed alone: the new witness's first catch-up (when it stops here) is not. */
  private double reopen(Path path, WitnessFinding.Outcome expected) {
    long started = System.nanoTime();
    try (ChainWitness witness = new ChainWitness(jdbc, clock, path.toString())) {
      double took = millis(started);
      if (witness.state().finding().outcome() != expected) {
        throw new IllegalStateException("expected " + expected + ": " + witness.state().finding().summary());
      }
      return took;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The witness file made to hold {@code held} and then {@code lost}, with no witness kept aside. */
  private static void prepare(Path path, List<WitnessedEntry> held, List<WitnessedEntry> lost) {
    try {
      clear();
      try (WitnessFile file = WitnessFile.open(path, ChainWitness.SETTING)) {
        file.append(held);
        file.append(lost);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An entry after {@code after} that the database never held. */
  private static WitnessedEntry lost(WitnessedEntry after, int n) {
    return new WitnessedEntry(after.sequence() + 1, "PIL-BENCH-LOST", AuditChain.Kind.PUBLICATION, "pilotgate",
        "2026-12-06T00:00:00Z", after.hash(), String.format("%064x", n));
  }

  private static void clear() throws IOException {
    Files.createDirectories(FOLDER);
    try (var files = Files.list(FOLDER)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  private static long heapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
  }

  private String database() {
    return jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName() + " "
        + connection.getMetaData().getDatabaseProductVersion());
  }

  private static double[] timed(Runnable step) {
    return times(() -> {
      long started = System.nanoTime();
      step.run();
      return millis(started);
    });
  }

  /** {@code RUNS} times, each after {@code prepare}, which is not timed. */
  private static double[] timed(Runnable prepare, java.util.function.DoubleSupplier timedStep) {
    return times(() -> {
      prepare.run();
      return timedStep.getAsDouble();
    });
  }

  private static double[] times(java.util.function.DoubleSupplier run) {
    double[] times = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      times[i] = run.getAsDouble();
    }
    return times;
  }

  private static double millis(long started) {
    return (System.nanoTime() - started) / 1_000_000.0;
  }

  private static double median(double[] times) {
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String row(String step, double millis) {
    return String.format("| %s | %.1f ms |", step, millis);
  }
}
