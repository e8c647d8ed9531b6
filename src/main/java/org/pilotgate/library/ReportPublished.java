package org.pilotgate.library;

/**
 * Announced by the step that publishes one of this council's reports, once per pilot, in its
 * transaction: the library's index and the audit chain follow it.
 */
public record ReportPublished(String processInstanceId, String reference, Publication publication) {

  /** What the audit chain keeps of a publication: the report's id, its outcome and the document as published. */
  public record Publication(String globalId, String outcome, ReportDocument document) {}
}
