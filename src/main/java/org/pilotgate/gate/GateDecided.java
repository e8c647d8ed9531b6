package org.pilotgate.gate;

/**
 * Announced when a manager decides the evaluation gate. The audit chain keeps the {@link Ruling} as
 * announced; a published report states the last one.
 */
public record GateDecided(String reference, String actor, Ruling ruling) {

  /** The DMN's recommendation and why, the manager's decision and why, and what an EXTEND or ADAPT sets. */
  public record Ruling(String recommendation, String recommendationRationale, String decision, String justification,
      String newTrialEnd, String adaptation) {}
}
