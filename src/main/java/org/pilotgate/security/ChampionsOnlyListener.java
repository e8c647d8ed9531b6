package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.pilotgate.form.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * Serves the collaboration champions' tasks: whoever takes or completes them must be a champion or an
 * administrator, through any API, even when a champion hands the task to someone else.
 */
@Component("championsOnly")
class ChampionsOnlyListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String actor = Managers.actor(task);
    if (actor == null || isChampion(task, actor)) {
      return; // given back to the champions' queue, or a champion's
    }
    throw new NotAllowed(actor + " is not a collaboration champion, so cannot "
        + Managers.lowerFirst(Managers.taskName(task))
        + ": only champions and administrators do. The task stays with the champions.");
  }

  /** Read whatever the caller may see of groups: who does champions' work is not theirs to hide. */
  private static boolean isChampion(DelegateTask task, String user) {
    return Context.getCommandContext().runWithoutAuthorization(() -> task.getProcessEngineServices()
        .getIdentityService().createGroupQuery().groupMember(user).groupIdIn(Groups.CHAMPIONS, Groups.ADMINS)
        .count() > 0);
  }
}
