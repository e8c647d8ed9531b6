package org.pilotgate.library.peers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.pilotgate.library.ReportDocument;

/** The fields every report must have, whichever council published it. */
class RequiredFieldsValidator implements ReportValidator {

  static final List<String> REQUIRED = List.of("globalId", "council", "reference", "outcome", "title",
      "serviceArea", "publishedAt");

  @Override
  public List<String> problems(JsonNode report) {
    if (report == null || !report.isObject()) {
      return List.of("the report is not a JSON object");
    }
    List<String> problems = new ArrayList<>();
    for (String field : REQUIRED) {
      JsonNode value = report.get(field);
      if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
        problems.add(field + ": is required");
      }
    }
    String outcome = report.path("outcome").asText();
    if (!outcome.isBlank() && !ReportDocument.FAILED.equals(outcome) && !ReportDocument.SUCCEEDED.equals(outcome)) {
      problems.add("outcome: must be FAILED or SUCCEEDED");
    }
    String publishedAt = report.path("publishedAt").asText();
    if (!publishedAt.isBlank()) {
      try {
        Instant.parse(publishedAt);
      } catch (DateTimeParseException e) {
        problems.add("publishedAt: must be an ISO-8601 instant such as 2026-03-01T10:15:30Z");
      }
    }
    return problems;
  }
}
