package org.pilotgate.pilot;

import org.pilotgate.form.Submission;

/** A manager's review of a proposal. Changes may be requested at most three times. */
public record ProposalReview(Decision decision, String comments) {

  public enum Decision { APPROVE, REQUEST_CHANGES, REJECT }

  public static final int MAX_REVISION_ROUNDS = 3;

  public static ProposalReview from(Submission form, int revisionRoundsUsed) {
    Decision decision = form.choice("reviewDecision", Decision.class);
    if (decision == Decision.REQUEST_CHANGES && revisionRoundsUsed >= MAX_REVISION_ROUNDS) {
      throw form.invalid("reviewDecision", "changes have been requested " + MAX_REVISION_ROUNDS
          + " times already: approve or reject the proposal now");
    }
    String comments = decision == Decision.APPROVE
        ? form.optionalText("reviewComments", 4000)
        : form.text("reviewComments", 4000);
    return new ProposalReview(decision, comments);
  }
}
