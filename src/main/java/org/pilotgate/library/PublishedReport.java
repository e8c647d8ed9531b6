package org.pilotgate.library;

/**
 * A report as the library holds it: the document, where it came from ({@link #LOCAL} or a peer's
 * library URL), and its place in the order reports arrived here.
 */
public record PublishedReport(ReportDocument document, String origin, long sequence) {

  public static final String LOCAL = "local";

  public boolean isLocal() {
    return LOCAL.equals(origin);
  }
}
