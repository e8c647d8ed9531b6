package org.pilotgate.pilot;

/** A manager decided on a proposal: approve, request changes or reject; published in the review's transaction. */
public record ProposalReviewed(String reference, String reviewer, ProposalReview review) {}
