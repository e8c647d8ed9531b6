package org.pilotgate.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * PilotGate's additions to the engine: readable task names, clear errors for the caller, date
 * fields shown day/month/year ({@link FormDates}), the {@link LifecycleGuard} and the routes by
 * which a pilot's values may change ({@link ModelSteps}, {@link WriteRoutes}), and PilotGate's {@link HistoryWatcher}s beside Camunda's own history
 * handler, which keeps writing the history tables. (The watchers are not Camunda {@code HistoryEventHandler} beans: Camunda's starter
 * takes a single bean of that type and fails to start with two.)
 */
@Component
class PilotGateEnginePlugin extends AbstractProcessEnginePlugin {

  private final List<HistoryWatcher> watchers;
  private final FormFields forms;
  private final TaskCaption caption;

  PilotGateEnginePlugin(List<HistoryWatcher> watchers, FormFields forms, TaskCaption caption) {
    this.watchers = watchers;
    this.forms = forms;
    this.caption = caption;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(with(
        configuration.getCustomPreCommandInterceptorsTxRequired(), new ClearErrorsInterceptor(configuration.getHistoryService(), forms)));
    configuration.setCustomPostCommandInterceptorsTxRequired(with(
        configuration.getCustomPostCommandInterceptorsTxRequired(), new LifecycleGuard(forms)));
    configuration.setCustomPostCommandInterceptorsTxRequired(with(
        configuration.getCustomPostCommandInterceptorsTxRequired(), new FormDates(forms)));
    // an error the model does not catch fails the caller's command instead of quietly ending the pilot
    configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
    configuration.setCustomPostBPMNParseListeners(with(configuration.getCustomPostBPMNParseListeners(), new TaskNaming(caption)));
    configuration.setCustomHistoryEventHandlers(with(configuration.getCustomHistoryEventHandlers(),
        new WatchersHandler(watchers)));
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }

  /** Camunda's lists of custom additions may be null or unmodifiable: a new list with ours after theirs. */
  private static <T> List<T> with(List<? extends T> existing, T ours) {
    List<T> all = new ArrayList<>();
    if (existing != null) {
      all.addAll(existing);
    }
    all.add(ours);
    return all;
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
