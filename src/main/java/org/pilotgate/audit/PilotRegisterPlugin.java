package org.pilotgate.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Hands the engine's history events to the pilot register as well as to Camunda's own history tables.
 * The handler is deliberately not a Spring bean: Camunda's starter autowires a single
 * {@code HistoryEventHandler} bean and fails to start when there are two.
 */
@Component
class PilotRegisterPlugin extends AbstractProcessEnginePlugin {

  private final PilotRegister register;

  PilotRegisterPlugin(PilotRegister register) {
    this.register = register;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new PilotRegisterEvents(register));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }
}
