package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Serves the collaboration champions' tasks (confirming a partner, suggesting partners, triaging
 * hack-day ideas, following up quick wins) whenever they are handed to someone and when they are
 * completed: whoever takes or completes them must be a champion or an administrator, through any API,
 * even when a champion hands the task to someone else.
 */
@Component("championsOnly")
class ChampionsOnlyListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String actor = Managers.actor(task);
    if (actor == null) {
      return; // given back to the champions' queue
    }
    Champions.check(task, actor, Managers.lowerFirst(Managers.taskName(task)));
  }
}
