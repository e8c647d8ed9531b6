package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.context.Context;
import org.pilotgate.form.NotAllowed;

/** Collaboration champions' work (hack days) is done by champions or administrators, through any API. */
public final class Champions {

  private Champions() {}

  /** {@code user} may {@code action} (e.g. "plan a hack day") only as a champion or administrator. */
  public static void check(ProcessEngineServicesAware step, String user, String action) {
    if (user == null || !isChampion(step, user)) {
      throw new NotAllowed((user == null ? "Nobody signed in" : user + " is not a collaboration champion")
          + ", so cannot " + action + ": only collaboration champions and administrators do.");
    }
  }

  /** Read whatever the caller may see of groups: who may act is not theirs to hide. */
  private static boolean isChampion(ProcessEngineServicesAware step, String user) {
    return Context.getCommandContext().runWithoutAuthorization(() -> step.getProcessEngineServices()
        .getIdentityService().createGroupQuery().groupMember(user).groupIdIn(Groups.CHAMPIONS, Groups.ADMINS)
        .count() > 0);
  }
}
