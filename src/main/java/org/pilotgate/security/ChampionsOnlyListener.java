package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
    if (actor == null || Managers.inAnyGroup(task, actor, Groups.CHAMPIONS, Groups.ADMINS)) {
      return; // given back to the champions' queue, or a champion's
    }
    throw new NotAllowed(actor + " is not a collaboration champion, so cannot "
        + Managers.lowerFirst(Managers.taskName(task))
        + ": only champions and administrators do. The task stays with the champions.");
  }
}
