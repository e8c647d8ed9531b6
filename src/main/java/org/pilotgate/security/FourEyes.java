package org.pilotgate.security;

import org.pilotgate.form.NotAllowed;

/** Only managers decide a review, a gate or a report review, and never on a pilot they proposed. */
public final class FourEyes {

  private FourEyes() {}

  public static void check(String proposer, String actor, boolean actorIsManager, String reference, String taskName) {
    if (!actorIsManager) {
      throw new NotAllowed(actor + " is not a manager, so cannot " + lowerFirst(taskName) + " of " + reference
          + ": only managers decide. The task stays with the managers.");
    }
    if (actor.equals(proposer)) {
      throw new NotAllowed(actor + " proposed " + reference + ", so another manager must " + lowerFirst(taskName)
          + " (four-eyes rule). The task stays open for them.");
    }
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
