package org.pilotgate.pilot;

import org.pilotgate.form.Submission;

/** A manager's review of a proposal. Changes may be requested at most three times. */
public record ProposalReview(Decision decision, String comments) {

  public enum Decision { APPROVE, REQUEST_CHANGES, REJECT }

  public static final int MAX_REVISION_ROUNDS = 3;

  public static final String DECISION = "reviewDecision";
  public static final String COMMENTS = "reviewComments";
  /** How many times changes have been requested so far. */
  public static final String REVISION_ROUND = "revisionRound";
  /** {@link #MAX_REVISION_ROUNDS}, for the review form. */
  public static final String MAX_REVISION_ROUNDS_VARIABLE = "maxRevisionRounds";

  public static ProposalReview from(Submission form, int revisionRoundsUsed) {
    Decision decision = form.choice(DECISION, Decision.class);
    if (decision == Decision.REQUEST_CHANGES && revisionRoundsUsed >= MAX_REVISION_ROUNDS) {
      throw form.invalid(DECISION, "changes have been requested " + MAX_REVISION_ROUNDS
          + " times already: approve or reject the proposal now");
    }
    String comments = decision == Decision.APPROVE
        ? form.optionalText(COMMENTS, 4000)
        : form.text(COMMENTS, 4000);
    return new ProposalReview(decision, comments);
  }
}
