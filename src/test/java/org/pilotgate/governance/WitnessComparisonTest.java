package org.pilotgate.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison of a database's chain with a witness's copy, on chains made up here. */
class WitnessComparisonTest {

  @Test
  void aDatabaseHoldingEveryWitnessedEntryAgrees() {
    List<WitnessedEntry> chain = chain("a", 3);

    assertThat(compare(chain, chain).outcome()).isEqualTo(WitnessFinding.Outcome.AGREES);
    assertThat(compare(chain.subList(0, 2), chain).outcome()).as("a witness that has not caught up yet")
        .isEqualTo(WitnessFinding.Outcome.AGREES);
    assertThat(compare(List.of(), chain).outcome()).as("a new witness").isEqualTo(WitnessFinding.Outcome.AGREES);
    assertThat(compare(List.of(), List.of()).outcome()).as("nothing yet").isEqualTo(WitnessFinding.Outcome.AGREES);
  }

  @Test
  void aDatabaseEndingBeforeTheWitnessLacksTheWitnessedEntriesAfterItsEnd() {
    List<WitnessedEntry> witness = chain("a", 5);

    WitnessFinding finding = compare(witness, witness.subList(0, 3));

    assertThat(finding.outcome()).isEqualTo(WitnessFinding.Outcome.MISSING);
    assertThat(finding.missing()).containsExactlyElementsOf(witness.subList(3, 5));
    assertThat(finding.references()).containsExactly("PIL-4", "PIL-5");
    assertThat(finding.summary()).contains("ends at entry 3", "2 entries after it", "older backup");
  }

  @Test
  void anEmptyDatabaseLacksEveryWitnessedEntry() {
    List<WitnessedEntry> witness = chain("a", 2);

    WitnessFinding finding = compare(witness, List.of());

    assertThat(finding.outcome()).isEqualTo(WitnessFinding.Outcome.MISSING);
    assertThat(finding.missing()).containsExactlyElementsOf(witness);
  }

  @Test
  void aDatabaseThatMovedOnFromAnEarlierEntryDivergesAndLacksTheWitnessedEntriesAfterIt() {
    List<WitnessedEntry> witness = chain("a", 6);
    List<WitnessedEntry> database = new ArrayList<>(witness.subList(0, 4));
    database.addAll(continued(database, "b", 3));

    WitnessFinding finding = compare(witness, database);

    assertThat(finding.outcome()).isEqualTo(WitnessFinding.Outcome.DIVERGED);
    assertThat(finding.missing()).containsExactlyElementsOf(witness.subList(4, 6));
    assertThat(finding.summary()).contains("after entry 4", "moved on", "2 entries the database does not");
  }

  @Test
  void anotherInstallationsDatabaseHasNoEntryInCommon() {
    WitnessFinding finding = compare(chain("a", 3), chain("b", 4));

    assertThat(finding.outcome()).isEqualTo(WitnessFinding.Outcome.DIVERGED);
    assertThat(finding.missing()).hasSize(3);
    assertThat(finding.summary()).contains("no entry in common");
  }

  @Test
  void theLastEntryTheDatabaseHoldsIsFoundWithFewLookUps() {
    List<WitnessedEntry> witness = chain("a", 10_000);
    List<WitnessedEntry> database = new ArrayList<>(witness.subList(0, 6_000));
    database.addAll(continued(database, "b", 1));
    CountingChain counting = new CountingChain(database);

    WitnessFinding finding = WitnessComparison.compare(witness, counting);

    assertThat(finding.missing()).hasSize(4_000).first().isEqualTo(witness.get(6_000));
    assertThat(counting.lookUps).isLessThanOrEqualTo(20);
  }

  private static WitnessFinding compare(List<WitnessedEntry> witness, List<WitnessedEntry> database) {
    return WitnessComparison.compare(witness, new CountingChain(database));
  }

  /** {@code length} entries from the chain's start; {@code fork} tells one chain's hashes from another's. */
  private static List<WitnessedEntry> chain(String fork, int length) {
    return continued(List.of(), fork, length);
  }

  private static List<WitnessedEntry> continued(List<WitnessedEntry> chain, String fork, int more) {
    List<WitnessedEntry> added = new ArrayList<>();
    String previous = chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1).hash();
    for (int i = 0; i < more; i++) {
      long sequence = chain.size() + i + 1;
      String hash = fork + "-" + sequence;
      added.add(new WitnessedEntry(sequence, "PIL-" + sequence, AuditChain.Kind.GATE_DECISION, "mia",
          "2026-12-06T00:00:0" + (sequence % 10) + "Z", previous, hash));
      previous = hash;
    }
    return added;
  }

  /** A database's chain held in memory, counting the look-ups by hash. */
  private static final class CountingChain implements WitnessComparison.DatabaseChain {
    private final List<WitnessedEntry> entries;
    private final java.util.Set<String> hashes = new java.util.HashSet<>();
    private int lookUps;

    CountingChain(List<WitnessedEntry> entries) {
      this.entries = entries;
      entries.forEach(entry -> hashes.add(entry.hash()));
    }

    @Override
    public String head() {
      return entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).hash();
    }

    @Override
    public boolean holds(String hash) {
      lookUps++;
      return hashes.contains(hash);
    }
  }
}
