package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.process.Actors;

/** Managers' tasks are decided by managers, whoever tries to hand them to someone else. */
final class Managers {

  private Managers() {}

  /** The person taking or completing {@code task}: its new assignee, else who is signed in; null when it is given back. */
  static String actor(DelegateTask task) {
    return TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
        : Actors.current(task);
  }

  static void checkIsManager(DelegateTask task, String user, String reference) {
    checkIsManager(task, user, lowerFirst(taskName(task)) + " of " + reference, "The task stays with the managers.");
  }

  /** {@code user} may {@code action} (e.g. "stop the trial of PIL-2026-0001 early") only as a manager. */
  static void checkIsManager(ProcessEngineServicesAware step, String user, String action, String meanwhile) {
    if (!isManager(step, user)) {
      throw new NotAllowed(user + " is not a manager, so cannot " + action + ": only managers do. " + meanwhile);
    }
  }

  /** The task's name from the model, without the reference in front. */
  static String taskName(DelegateTask task) {
    return task.getBpmnModelElementInstance().getName();
  }

  static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean isManager(ProcessEngineServicesAware step, String user) {
    return inAnyGroup(step, user, Groups.MANAGERS);
  }

  /** Read whatever the caller may see of groups: who decides is not theirs to hide. */
  static boolean inAnyGroup(ProcessEngineServicesAware step, String user, String... groups) {
    return Context.getCommandContext().runWithoutAuthorization(() -> step.getProcessEngineServices()
        .getIdentityService().createGroupQuery().groupMember(user).groupIdIn(groups).count() > 0);
  }
}
