package org.pilotgate.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is doing the step being handled. */
public final class Actors {

  private Actors() {}

  /** The signed-in user, else the task's assignee. */
  public static String current(DelegateTask task) {
    String signedIn = signedIn(task);
    return signedIn != null ? signedIn : task.getAssignee();
  }

  /** The signed-in user, or null when the engine runs a step on its own (a timer, say). */
  public static String signedIn(ProcessEngineServicesAware step) {
    Authentication signedIn = step.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return signedIn == null ? null : signedIn.getUserId();
  }
}
