package org.pilotgate.hackday;

/** What a champion decides for an idea; the labels are the triage form's words. */
public enum IdeaOutcome {
  PILOT("Start it as a pilot proposal"),
  QUICK_WIN("A quick win that needs no trial"),
  PARK("Park it"),
  DECLINE("Decline it");

  private final String label;

  IdeaOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
