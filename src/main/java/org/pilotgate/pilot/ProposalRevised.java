package org.pilotgate.pilot;

/**
 * The proposer revised the proposal as the review asked; published in the revision's transaction, with
 * the content hash of the registration as revised.
 */
public record ProposalRevised(String reference, String proposer, String title, String registrationHash) {}
