package org.pilotgate.library;

/**
 * A report as the library holds it: the document, where it came from ({@link #LOCAL} or a peer's
 * library URL), and its place in the order reports arrived here.
 */
public record PublishedReport(ReportDocument document, String origin, long sequence) {

  public static final String LOCAL = "local";

  /** The process variables that say where a pilot's own published report is (Tasklist and mail link to it). */
  public static final String ID_VARIABLE = "publishedReportId";
  public static final String URL_VARIABLE = "publishedReportUrl";

  public boolean isLocal() {
    return LOCAL.equals(origin);
  }
}
