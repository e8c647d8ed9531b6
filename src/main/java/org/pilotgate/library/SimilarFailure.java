package org.pilotgate.library;

import org.pilotgate.form.Submission;

/** A similar failed pilot the proposer must acknowledge, saying what is different this time. */
public record SimilarFailure(String globalId, String title, String council, double similarity, String url,
    String whatIsDifferent) {

  /** The process variable listing the similar failures, as JSON rows; the proposer answers in the same rows. */
  public static final String VARIABLE = "similarFailures";
  /** Whether the check found any: the model asks the proposer to acknowledge them only then. */
  public static final String FOUND = "similarFailureFound";
  /** The answer field of a row. */
  public static final String WHAT_IS_DIFFERENT = "whatIsDifferent";

  static SimilarFailure unacknowledged(PriorWorkMatch match) {
    return new SimilarFailure(match.globalId(), match.title(), match.council(), match.similarity(), match.url(),
        null);
  }

  /** The same failure with the proposer's answer from {@code row}, which is required. */
  SimilarFailure acknowledged(Submission row) {
    return new SimilarFailure(globalId, title, council, similarity, url, row.text(WHAT_IS_DIFFERENT, 4000));
  }
}
