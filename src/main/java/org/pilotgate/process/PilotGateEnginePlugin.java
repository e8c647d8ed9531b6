package org.pilotgate.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * PilotGate's additions to the engine: readable task names, clear errors for the caller, and the
 * history handlers PilotGate declares as beans (they see each change in the command that makes it),
 * beside Camunda's own, which keeps writing the history tables.
 */
@Component
class PilotGateEnginePlugin extends AbstractProcessEnginePlugin {

  private final List<HistoryEventHandler> historyHandlers;

  PilotGateEnginePlugin(List<HistoryEventHandler> historyHandlers) {
    this.historyHandlers = historyHandlers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new ClearErrorsInterceptor(configuration.getHistoryService()));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

    List<BpmnParseListener> parseListeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    parseListeners.add(new TaskNaming());
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.addAll(historyHandlers);
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }
}
