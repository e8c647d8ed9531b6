package org.pilotgate.process;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.pilotgate.form.NotAllowed;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses any change to a pilot's variables, process-wide or task-local, that does not come through
 * one of its {@link WriteRoutes}: holding a task (which Camunda turns into the right to write every
 * variable of its pilot) or any other right is not enough. Every variable change is recorded in the
 * history inside the command that makes it, so refusing here rolls the whole command back, whichever
 * API it came through. It runs before every other watcher, so none of them acts on a refused change.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PilotVariablesGuard implements HistoryWatcher {

  static String refusal(Collection<String> names) {
    return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))
        + (names.size() == 1 ? " belongs" : " belong") + " to the pilot's own steps. A pilot's values change only "
        + "when its task is completed with its form, never by setting or removing variables.";
  }

  @Override
  public void recorded(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity change && change.getProcessInstanceId() != null
        && !change.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE) && !WriteRoutes.open()) {
      throw new NotAllowed(refusal(List.of(change.getVariableName())));
    }
  }
}
