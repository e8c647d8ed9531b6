package org.pilotgate.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Starts a process that runs beside a pilot (a champion's task about it), from a step of the pilot and
 * in that step's transaction: started by PilotGate, not by the person whose step it is, who holds no
 * right to start it. Nobody else may: no group is granted to start these processes.
 */
@Component
public class SideProcesses {

  private final RuntimeService runtime;

  SideProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void start(String processKey, String pilotReference, Map<String, Object> variables) {
    Context.getCommandContext().runWithoutAuthorization(() ->
        runtime.startProcessInstanceByKey(processKey, pilotReference, variables));
  }
}
