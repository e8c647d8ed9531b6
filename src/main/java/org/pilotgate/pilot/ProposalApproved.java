package org.pilotgate.pilot;

/** A manager approved the proposal as registered; published in the transaction of the review. */
public record ProposalApproved(String processInstanceId, String reference, Registration registration) {}
