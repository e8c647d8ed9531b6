package org.pilotgate.pilot;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.process.HistoryWatcher;
import org.springframework.stereotype.Component;

/**
 * Refuses any change to a frozen registration, however it is attempted: a form submitted through
 * Tasklist or the REST API, a variable edited in Cockpit, or code. The one opening is planning the
 * trial again after an ADAPT decision, which records the change as a new version with its reason.
 *
 * <p>Camunda records every variable change in its history inside the command that makes it, so
 * refusing here rolls the whole command back, whichever API it came through.
 */
@Component
class FrozenRegistrationGuard implements HistoryWatcher {

  @Override
  public void recorded(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity change
        && RegistrationRecord.FROZEN_VARIABLES.contains(change.getVariableName())
        && !HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE.getEventName().equals(change.getEventType())
        && change.getProcessInstanceId() != null) {
      check(change);
    }
  }

  private static void check(HistoricVariableUpdateEventEntity change) {
    CommandContext command = Context.getCommandContext();
    ExecutionEntity pilot = command.getExecutionManager().findExecutionById(change.getProcessInstanceId());
    if (pilot == null || pilot.isEnded() || pilot.getVariable(RegistrationRecord.VERSION) == null
        || beingReplanned(command, pilot)) {
      return;
    }
    throw new NotAllowed("The registration of " + pilot.getBusinessKey() + " is frozen at version "
        + pilot.getVariable(RegistrationRecord.VERSION) + ": '" + change.getVariableName() + "' cannot be "
        + (HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(change.getEventType()) ? "removed" : "changed")
        + ". A registration changes only when a manager decides ADAPT at the gate and the trial is planned again; "
        + "that records a new version with the reason.");
  }

  private static boolean beingReplanned(CommandContext command, ExecutionEntity pilot) {
    return command.getTaskManager().findTasksByProcessInstanceId(pilot.getId()).stream()
        .anyMatch(task -> RegistrationRecord.REPLANNED_AT.equals(task.getTaskDefinitionKey()));
  }
}
