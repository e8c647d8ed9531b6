package org.pilotgate.library.peers;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.library.peers.PeerLibraryProperties.Peer;

/**
 * Whether a report from a peer may be stored here. What a report must look like is the published
 * JSON Schema's to say (through the {@link ReportValidator}); beyond it, only where the report comes
 * from (not this council; the peer's configured council if it has one) and that it fits the columns.
 */
final class PeerReportCheck {

  static final ObjectMapper READER = JsonMapper.builder()
      .findAndAddModules()
      // a newer peer may add fields or values: keep what this version understands
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
      .build();

  /** The report to store, or why it is skipped. */
  record Checked(ReportDocument report, String problem) {
    static Checked invalid(String problem) {
      return new Checked(null, problem);
    }
  }

  private final ReportValidator validator;
  private final String ownCouncil;

  PeerReportCheck(ReportValidator validator, String ownCouncil) {
    this.validator = validator;
    this.ownCouncil = ownCouncil;
  }

  Checked check(JsonNode node, Peer peer) {
    List<String> problems = validator.problems(node);
    if (!problems.isEmpty()) {
      return Checked.invalid(String.join("; ", problems));
    }
    ReportDocument report;
    try {
      report = READER.treeToValue(node, ReportDocument.class);
    } catch (Exception e) {
      return Checked.invalid("not a report: " + PeerClient.firstLine(e.getMessage()));
    }
    if (report.council().equalsIgnoreCase(ownCouncil)) {
      return Checked.invalid(report.globalId() + " claims to be this council's own report");
    }
    if (peer.council() != null && !peer.council().isBlank() && !peer.council().equalsIgnoreCase(report.council())) {
      return Checked.invalid(report.globalId() + " is not from council " + peer.council());
    }
    if (!fitsTheColumns(report)) {
      return Checked.invalid("longer than the library stores (council 40, reference 40, title 200, serviceArea 40)");
    }
    return new Checked(report, null);
  }

  /**
   * The schema's maxLength counts characters, the database's columns count UTF-16 units, so text
   * outside the Basic Multilingual Plane (emoji) can pass the one and not fit the other. A JSON Schema
   * cannot say this; without it such a report would fail its peer on every run instead of being skipped.
   */
  private static boolean fitsTheColumns(ReportDocument report) {
    return report.council().length() <= 40 && report.reference().length() <= 40
        && report.globalId().length() <= 160 && report.title().length() <= 200;
  }
}
