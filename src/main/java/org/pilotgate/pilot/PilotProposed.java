package org.pilotgate.pilot;

/**
 * Announced when a pilot is proposed, in the transaction that starts it, with the content hash of the
 * registration as proposed (its success criteria among it).
 */
public record PilotProposed(String processInstanceId, String reference, String proposer, String title,
    String registrationHash) {}
