package org.pilotgate.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** PilotGate's additions to the engine: readable task names and clear errors for the caller. */
@Component
class PilotGateEnginePlugin extends AbstractProcessEnginePlugin {

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
  }
}
