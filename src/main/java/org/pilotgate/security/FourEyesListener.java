package org.pilotgate.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.springframework.stereotype.Component;

/**
 * Serves the decision tasks (review, gate, report reviews) whenever they are handed to someone
 * (claimed, assigned, delegated, through any API) and when they are completed: the person must be a
 * manager and must not have proposed the pilot. The proposer is read from the pilot's record, never
 * from a variable.
 */
@Component("fourEyes")
class FourEyesListener implements TaskListener {

  private final PilotRecords records;

  FourEyesListener(PilotRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : Actors.current(task);
    if (actor == null) {
      return; // given back to the managers' queue
    }
    PilotRecords.PilotRecord pilot = records.of(task.getProcessInstanceId());
    FourEyes.check(pilot.proposer(), actor, isManager(task, actor), pilot.reference(), decisionName(task));
  }

  /** Read whatever the caller may see of groups: who decides is not theirs to hide. */
  private static boolean isManager(DelegateTask task, String user) {
    return Context.getCommandContext().runWithoutAuthorization(() -> task.getProcessEngineServices()
        .getIdentityService().createGroupQuery().groupMember(user).groupId(Groups.MANAGERS).count() > 0);
  }

  /** The task's name from the model, without the reference in front. */
  private static String decisionName(DelegateTask task) {
    return task.getBpmnModelElementInstance().getName();
  }
}
