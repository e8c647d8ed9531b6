package org.pilotgate.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The one route by which a message reaches a pilot: a PilotGate service that has read the request
 * (a manager's early stop) correlates it inside {@link #deliver}. {@link LifecycleGuard} refuses
 * every other correlation, whatever API it comes through, and the values the message carries may be
 * written only on this route.
 *
 * <p>Who may send the message is decided by the listeners the model puts on the event that catches
 * it, as the signed-in person, not by Camunda's right to update a pilot: managers do not hold that
 * right, since through the engine API it would let them change far more than a stop.
 */
@Component
public class PilotMessages {

  private final CommandExecutor commands;

  public PilotMessages(ProcessEngine engine) {
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  /** Runs {@code correlation} (one engine call correlating a message) on this route, in one transaction. */
  public <T> T deliver(Supplier<T> correlation) {
    try {
      return WriteRoutes.delivering(() -> commands.execute(context -> context.runWithoutAuthorization(correlation::get)));
    } catch (RuntimeException error) {
      throw error;
    } catch (Exception checked) {
      throw new IllegalStateException(checked);
    }
  }
}
