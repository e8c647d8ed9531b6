package org.pilotgate.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is doing the step being handled: the signed-in user, else the task's assignee. */
public final class Actors {

  private Actors() {}

  public static String current(DelegateTask task) {
    Authentication signedIn = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return signedIn != null ? signedIn.getUserId() : task.getAssignee();
  }
}
