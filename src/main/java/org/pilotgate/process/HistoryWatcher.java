package org.pilotgate.process;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * Sees each thing the engine records in its history (a variable set, a step entered, a task
 * completed, ...) inside the command that causes it, so what a watcher writes commits or rolls back
 * with the step, and a watcher that throws refuses the step. Beans of this type are handed to the
 * engine by {@link PilotGateEnginePlugin}, beside Camunda's own history handler.
 */
public interface HistoryWatcher {

  void recorded(HistoryEvent event);
}
