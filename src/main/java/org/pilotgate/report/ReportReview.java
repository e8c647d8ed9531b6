package org.pilotgate.report;

import org.pilotgate.form.Submission;

/** A manager's review of a drafted report: approve it for publication, or return it with comments. */
public record ReportReview(Decision decision, String comments) {

  public enum Decision { APPROVE, RETURN }

  /** The review form's fields, shared by the success and the failure report. */
  public static final String DECISION = "reportReviewDecision";
  public static final String COMMENTS = "reportReviewComments";

  public static ReportReview from(Submission form) {
    Decision decision = form.choice(DECISION, Decision.class);
    String comments = decision == Decision.RETURN
        ? form.text(COMMENTS, 4000)
        : form.optionalText(COMMENTS, 4000);
    return new ReportReview(decision, comments);
  }
}
