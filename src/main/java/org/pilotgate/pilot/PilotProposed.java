package org.pilotgate.pilot;

/** Announced when a pilot is proposed, in the transaction that starts it. */
public record PilotProposed(String processInstanceId, String reference, String proposer, String title) {}
