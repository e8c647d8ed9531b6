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
 * from: not this council, and the peer's configured council if it has one.
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
    return new Checked(report, null);
  }
}
