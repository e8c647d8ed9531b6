package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.pilotgate.form.NotAllowed;

/** Collaboration champions' work (partners, hack days) is done by champions or administrators, through any API. */
public final class Champions {

  private Champions() {}

  /** {@code user} may {@code action} (e.g. "plan a hack day") only as a champion or administrator. */
  public static void check(ProcessEngineServicesAware step, String user, String action) {
    if (user == null || !Managers.inAnyGroup(step, user, Groups.CHAMPIONS, Groups.ADMINS)) {
      throw new NotAllowed((user == null ? "Nobody signed in" : user + " is not a collaboration champion")
          + ", so cannot " + action + ": only collaboration champions and administrators do.");
    }
  }
}
