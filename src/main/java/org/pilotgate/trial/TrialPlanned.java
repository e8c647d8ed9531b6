package org.pilotgate.trial;

/** The proposer planned the trial (first, or again after an adaptation); published in the transaction of the step. */
public record TrialPlanned(String processInstanceId, String reference) {}
