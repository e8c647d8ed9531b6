package org.pilotgate.library.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.library.ReportSchema;
import org.pilotgate.library.peers.PeerLibraryProperties.Peer;
import org.pilotgate.library.peers.PeerReportCheck.Checked;
import org.pilotgate.process.ProcessData;

/** The published schema decides what a report must look like; the check adds where it comes from and the columns. */
class PeerReportCheckTest {

  static final Peer ANY_COUNCIL = new Peer("http://peer.example", null, null);
  static final Peer COUNCIL_AAA = new Peer("http://peer.example", null, "aaa");

  final PeerReportCheck check = new PeerReportCheck(new ReportSchema()::problems, "DEMO");

  @Test
  void aValidReportFromAnotherCouncilIsStored() {
    Checked checked = check.check(report("AAA", node -> { }), COUNCIL_AAA);

    assertThat(checked.problem()).isNull();
    assertThat(checked.report().globalId()).isEqualTo("AAA/PIL-2026-0001");
  }

  @Test
  void theSchemaRefusesWhatTheLibraryCannotStore() {
    assertThat(problem(node -> node.putNull("council"))).contains("$.council");
    assertThat(problem(node -> node.put("title", "t".repeat(201)))).contains("$.title");
    assertThat(problem(node -> node.put("reference", "r".repeat(41)))).contains("$.reference");
    assertThat(problem(node -> node.put("outcome", "MAYBE"))).contains("$.outcome");
    assertThat(problem(node -> node.put("serviceArea", "PARKS"))).contains("$.serviceArea");
    assertThat(problem(node -> node.remove("publishedAt"))).contains("publishedAt");
    assertThat(problem(node -> node.put("globalId", "AAA/PIL-2026-0002"))).contains("$.globalId");
  }

  @Test
  void textTheSchemaAllowsButTheColumnsCannotHoldIsRefused() {
    String emoji = "\uD83D\uDE80";
    assertThat(problem(node -> node.put("title", emoji.repeat(100)))).as("200 UTF-16 units fit").isNull();
    assertThat(problem(node -> node.put("title", emoji.repeat(101))))
        .isEqualTo("longer than the library stores (council 40, reference 40, title 200, serviceArea 40)");
  }

  @Test
  void aReportClaimingToBeThisCouncilsIsRefused() {
    assertThat(check.check(report("demo", node -> { }), ANY_COUNCIL).problem())
        .isEqualTo("demo/PIL-2026-0001 claims to be this council's own report");
  }

  @Test
  void aPeerWithACouncilSendsOnlyThatCouncilsReports() {
    assertThat(check.check(report("AAA", node -> { }), COUNCIL_AAA).problem()).as("any case").isNull();
    assertThat(check.check(report("QQQ", node -> { }), COUNCIL_AAA).problem())
        .isEqualTo("QQQ/PIL-2026-0001 is not from council aaa");
    assertThat(check.check(report("QQQ", node -> { }), ANY_COUNCIL).problem()).isNull();
  }

  private String problem(Consumer<ObjectNode> edit) {
    return check.check(report("AAA", edit), ANY_COUNCIL).problem();
  }

  private static ObjectNode report(String council, Consumer<ObjectNode> edit) {
    try {
      ObjectNode node = (ObjectNode) PeerReportCheck.READER.readTree(ProcessData.write(
          TestPilots.report(council, "PIL-2026-0001", "Community fridges", "FAILED", "HOUSING", "x")));
      edit.accept(node);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
