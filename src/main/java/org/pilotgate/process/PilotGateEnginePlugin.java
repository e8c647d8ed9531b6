package org.pilotgate.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * PilotGate's additions to the engine: readable task names, clear errors for the caller, the
 * {@link LifecycleGuard} and the routes by which a pilot's values may change ({@link ModelSteps},
 * {@link WriteRoutes}), and PilotGate's {@link HistoryWatcher}s beside Camunda's own history handler, which keeps writing the
 * history tables. (The watchers are not Camunda {@code HistoryEventHandler} beans: Camunda's starter
 * takes a single bean of that type and fails to start with two.)
 */
@Component
class PilotGateEnginePlugin extends AbstractProcessEnginePlugin {

  private final List<HistoryWatcher> watchers;
  private final FormFields forms;

  PilotGateEnginePlugin(List<HistoryWatcher> watchers, FormFields forms) {
    this.watchers = watchers;
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new ClearErrorsInterceptor(configuration.getHistoryService()));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

    List<CommandInterceptor> insideContext = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      insideContext.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    insideContext.add(new LifecycleGuard(forms));
    configuration.setCustomPostCommandInterceptorsTxRequired(insideContext);
    // an error the model does not catch fails the caller's command instead of quietly ending the pilot
    configuration.setEnableExceptionsAfterUnhandledBpmnError(true);

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
    handlers.add(new WatchersHandler(watchers));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDelegateInterceptor(new ModelSteps(configuration.getDelegateInterceptor()));
  }

  private record WatchersHandler(List<HistoryWatcher> watchers) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      watchers.forEach(watcher -> watcher.recorded(event));
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
