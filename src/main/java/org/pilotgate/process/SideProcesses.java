package org.pilotgate.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.pilotgate.form.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * Starts a process that runs beside a pilot (a champion's task about it), from a step of the pilot and
 * in that step's transaction: started by PilotGate, not by the person whose step it is, who holds no
 * right to start it. As the start listener of those processes ({@code ${startedBesideAPilot}}) it
 * refuses any other start, through any API, administrators' included: a task about a pilot that no
 * pilot asked for would have nothing to settle.
 */
@Component("startedBesideAPilot")
public class SideProcesses implements ExecutionListener {

  private static final ThreadLocal<int[]> STARTING = ThreadLocal.withInitial(() -> new int[1]);

  private final RuntimeService runtime;

  SideProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Starts {@code processKey} with {@code variables}; it has no business key, which names only the pilot itself. */
  public void start(String processKey, Map<String, Object> variables) {
    STARTING.get()[0]++;
    try {
      Context.getCommandContext().runWithoutAuthorization(() ->
          runtime.startProcessInstanceByKey(processKey, variables));
    } finally {
      STARTING.get()[0]--;
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (STARTING.get()[0] == 0) {
      throw new NotAllowed("'" + execution.getProcessDefinitionId().split(":")[0] + "' runs beside a pilot and is "
          + "started by PilotGate when the pilot needs it, never by hand.");
    }
  }
}
