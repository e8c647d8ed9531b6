package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.process.Actors;
import org.springframework.stereotype.Component;

/**
 * Serves the decision tasks (review, gate, report reviews): refuses to hand the task to its
 * pilot's proposer, and refuses the proposer's completion.
 */
@Component("fourEyes")
class FourEyesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String actor = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : Actors.current(task);
    FourEyes.check((String) task.getVariable("proposer"), actor, (String) task.getVariable("pilotReference"),
        decisionName(task));
  }

  /** The task's name from the model, without the reference in front. */
  private static String decisionName(DelegateTask task) {
    return task.getBpmnModelElementInstance().getName();
  }
}
