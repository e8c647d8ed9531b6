package org.pilotgate.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness on disk: appended to, read back after a crash, and open in one process only. */
class WitnessFileTest {

  @TempDir Path folder;

  @Test
  void appendedEntriesAreReadBackAfterReopening() throws IOException {
    Path path = folder.resolve("nested").resolve("witness.jsonl");
    try (WitnessFile file = WitnessFile.open(path, "setting")) {
      file.append(List.of(entry(1, AuditChain.GENESIS), entry(2, "h1")));
      file.append(List.of(entry(4, "h2")));
    }

    try (WitnessFile file = WitnessFile.open(path, "setting")) {
      assertThat(file.entries()).isEqualTo(3);
      assertThat(file.last()).isEqualTo(entry(4, "h2"));
    }
    assertThat(WitnessFile.read(path)).containsExactly(entry(1, AuditChain.GENESIS), entry(2, "h1"), entry(4, "h2"));
  }

  @Test
  void linesAcrossTheReadersBuffersAreReadWhole() throws IOException {
    Path path = folder.resolve("witness.jsonl");
    List<WitnessedEntry> many = java.util.stream.LongStream.rangeClosed(1, 2_000)
        .mapToObj(sequence -> entry(sequence, "h" + (sequence - 1))).toList();
    try (WitnessFile file = WitnessFile.open(path, "setting")) {
      file.append(many);
    }
    assertThat(Files.size(path)).as("several of the reader's 64 KiB buffers").isGreaterThan(3 * 65_536);

    assertThat(WitnessFile.read(path)).isEqualTo(many);
  }

  @Test
  void aLastLineLeftHalfWrittenIsCutOffAndTheNextAppendStartsClean() throws IOException {
    Path path = folder.resolve("witness.jsonl");
    try (WitnessFile file = WitnessFile.open(path, "setting")) {
      file.append(List.of(entry(1, AuditChain.GENESIS)));
    }
    Files.writeString(path, "{\"sequence\":2,\"reference\":\"PIL-2\",\"ki", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    try (WitnessFile file = WitnessFile.open(path, "setting")) {
      assertThat(file.last()).isEqualTo(entry(1, AuditChain.GENESIS));
      file.append(List.of(entry(2, "h1")));
    }
    assertThat(WitnessFile.read(path)).containsExactly(entry(1, AuditChain.GENESIS), entry(2, "h1"));
  }

  @Test
  void aWitnessOpenElsewhereIsRefusedNamingTheSetting() throws IOException {
    Path path = folder.resolve("witness.jsonl");
    try (WitnessFile open = WitnessFile.open(path, "pilotgate.audit.witness-file")) {
      assertThatThrownBy(() -> WitnessFile.open(path, "pilotgate.audit.witness-file"))
          .hasMessageContaining("in use by another node").hasMessageContaining("pilotgate.audit.witness-file");
    }
  }

  private static WitnessedEntry entry(long sequence, String previous) {
    return new WitnessedEntry(sequence, "PIL-" + sequence, AuditChain.Kind.PUBLICATION, "pilotgate",
        "2026-12-06T00:00:00Z", previous, "h" + sequence);
  }
}
