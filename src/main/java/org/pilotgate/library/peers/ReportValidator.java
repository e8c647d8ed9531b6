package org.pilotgate.library.peers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks a report received from a peer before it is stored: against the published JSON Schema (see
 * {@link PeerImportConfig}). An interface, so tests can check the import with other rules.
 */
@FunctionalInterface
public interface ReportValidator {

  /** What is wrong with the report, e.g. {@code "title: is required"}; empty when it is valid. */
  List<String> problems(JsonNode report);
}
