package org.pilotgate.library;

/** A published report like a new proposal, with how alike they are (a relevance score; higher is closer). */
public record PriorWorkMatch(String globalId, String title, String outcome, String council, String serviceArea,
    double similarity, String url) {

  /** The process variable listing what the prior-work check found, as JSON rows. */
  public static final String VARIABLE = "priorWorkMatches";
  /** What the check found, in a sentence, for the reviewer. */
  public static final String SUMMARY = "priorWorkSummary";
}
