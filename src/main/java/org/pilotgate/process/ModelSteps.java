package org.pilotgate.process;

import org.camunda.bpm.engine.impl.bpmn.delegate.ExecutionListenerInvocation;
import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation;

/**
 * Marks the listeners and delegates of the model as PilotGate's own steps while they run: the model
 * ships with the release (nothing is deployed over the web), so every listener and delegate it names
 * is PilotGate's code, and what it writes is written by PilotGate.
 */
record ModelSteps(DelegateInterceptor camundas) implements DelegateInterceptor {

  @Override
  public void handleInvocation(DelegateInvocation invocation) throws Exception {
    if (invocation instanceof TaskListenerInvocation || invocation instanceof ExecutionListenerInvocation
        || invocation instanceof JavaDelegateInvocation) {
      WriteRoutes.inModelStep(() -> {
        camundas.handleInvocation(invocation);
        return null;
      });
    } else {
      camundas.handleInvocation(invocation);
    }
  }
}
