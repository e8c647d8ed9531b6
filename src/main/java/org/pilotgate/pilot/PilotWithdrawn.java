package org.pilotgate.pilot;

/** Announced when a signed-in operator withdraws a pilot before its trial was planned. */
public record PilotWithdrawn(String reference, String by, Withdrawal withdrawal) {

  public record Withdrawal(String reason) {}
}
