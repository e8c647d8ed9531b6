package org.pilotgate.security;

import org.pilotgate.form.NotAllowed;

/** Nobody decides a review, a gate or a report review of a pilot they proposed. */
public final class FourEyes {

  private FourEyes() {}

  public static void check(String proposer, String actor, String reference, String taskName) {
    if (actor.equals(proposer)) {
      throw new NotAllowed(actor + " proposed " + reference + ", so another manager must "
          + Managers.lowerFirst(taskName) + " (four-eyes rule). The task stays open for them.");
    }
  }
}
