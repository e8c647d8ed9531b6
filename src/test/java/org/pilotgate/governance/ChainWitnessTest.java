package org.pilotgate.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The witness against the real database (H2): it copies the committed entries to its file, and a node
 * whose witness holds entries the database lacks names them, keeps that witness aside and starts anew.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChainWitnessTest {

  @Autowired ChainWitness witness;
  @Autowired AuditChain chain;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @TempDir Path folder;

  @Test
  void theWitnessCopiesTheEntriesCommittedSinceItLastCaughtUp() throws IOException {
    witness.catchUp();
    String first = append();
    String second = append();

    assertThat(witness.catchUp()).isEqualTo(2);

    List<WitnessedEntry> witnessed = WitnessFile.read(Path.of(witness.state().file()));
    assertThat(witnessed.subList(witnessed.size() - 2, witnessed.size()))
        .extracting(WitnessedEntry::reference, WitnessedEntry::hash)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first, chain.entriesOf(first).get(0).hash()),
            org.assertj.core.groups.Tuple.tuple(second, chain.entriesOf(second).get(0).hash()));
    assertThat(witness.state().entries()).isEqualTo(witnessed.size());
    assertThat(witness.state().lastSequence()).isEqualTo(chain.entriesOf(second).get(0).sequence());
    assertThat(witness.state().finding().outcome()).isEqualTo(WitnessFinding.Outcome.AGREES);
    assertThat(witness.catchUp()).as("nothing new").isZero();
  }

  @Test
  void aWitnessHoldingEntriesTheDatabaseLacksNamesThemAndIsKeptAsideForANewOne() throws IOException {
    append();
    Path path = folder.resolve("audit-witness.jsonl");
    WitnessedEntry lost;
    try (ChainWitness node = new ChainWitness(jdbc, clock, path.toString())) {
      node.catchUp();
      lost = lostEntryAfter(WitnessFile.read(path));
    }
    try (WitnessFile file = WitnessFile.open(path, ChainWitness.SETTING)) {
      file.append(List.of(lost)); // as if the database had been restored from a backup taken before it
    }

    try (ChainWitness restarted = new ChainWitness(jdbc, clock, path.toString())) {
      WitnessFinding finding = restarted.state().finding();
      assertThat(finding.outcome()).isEqualTo(WitnessFinding.Outcome.MISSING);
      assertThat(finding.missing()).containsExactly(lost);
      Path retired = Path.of(finding.witnessFile());
      assertThat(retired.getFileName().toString()).startsWith("audit-witness.retired-").endsWith(".jsonl");
      assertThat(WitnessFile.read(retired)).last().isEqualTo(lost);
      assertThat(restarted.state().entries()).as("a new witness").isZero();
      restarted.catchUp();
      assertThat(WitnessFile.read(path)).as("the new witness holds the database's chain")
          .extracting(WitnessedEntry::hash).doesNotContain(lost.hash()).isNotEmpty();
    }

    try (ChainWitness again = new ChainWitness(jdbc, clock, path.toString())) {
      assertThat(again.state().finding().missing()).as("a restart still names what is lost, from the witness kept aside")
          .containsExactly(lost);
    }
    append();
    try (ChainWitness movedOn = new ChainWitness(jdbc, clock, path.toString())) {
      WitnessFinding finding = movedOn.state().finding();
      assertThat(finding.outcome()).isEqualTo(WitnessFinding.Outcome.DIVERGED);
      assertThat(finding.missing()).containsExactly(lost);
    }
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).as("the new witness and the one kept aside").hasSize(2);
    }
  }

  private String append() {
    String reference = "PIL-W-" + UUID.randomUUID().toString().substring(0, 8);
    chain.append(reference, AuditChain.Kind.GATE_DECISION, "mia", Map.of("decision", "SCALE"));
    return reference;
  }

  private static WitnessedEntry lostEntryAfter(List<WitnessedEntry> witnessed) {
    WitnessedEntry last = witnessed.get(witnessed.size() - 1);
    return new WitnessedEntry(last.sequence() + 1, "PIL-LOST", AuditChain.Kind.REGISTRATION_VERSION, "olivia",
        "2026-12-06T00:15:00Z", last.hash(), "f".repeat(64));
  }
}
