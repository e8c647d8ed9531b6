package org.pilotgate.report;

import org.pilotgate.form.Submission;

/** A manager's review of a drafted report: approve it for publication, or return it with comments. */
public record ReportReview(Decision decision, String comments) {

  public enum Decision { APPROVE, RETURN }

  public static ReportReview from(Submission form) {
    Decision decision = form.choice("reportReviewDecision", Decision.class);
    String comments = decision == Decision.RETURN
        ? form.text("reportReviewComments", 4000)
        : form.optionalText("reportReviewComments", 4000);
    return new ReportReview(decision, comments);
  }
}
