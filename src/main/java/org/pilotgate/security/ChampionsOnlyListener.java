package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Serves the champions' tasks (triaging hack-day ideas, following up quick wins) whenever they are
 * handed to someone and when they are completed: the person must be a champion or an administrator.
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
