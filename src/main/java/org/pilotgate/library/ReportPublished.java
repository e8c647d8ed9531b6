package org.pilotgate.library;

/** Announced when one of this council's reports enters the library, once per pilot, in the publishing transaction. */
public record ReportPublished(String reference, Publication publication) {

  /** What the audit chain keeps of a publication: the report's id, its outcome and the document as published. */
  public record Publication(String globalId, String outcome, ReportDocument document) {}
}
