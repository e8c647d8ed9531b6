package org.pilotgate.insights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.process.Actors;
import org.springframework.stereotype.Component;

/**
 * The quarter's timer starts the insight, nobody else: Camunda's start rights let every officer start a
 * process, and a signed-in start (through any API, administrators' included) is a start by hand.
 */
@Component("quarterBegun")
class QuarterBegunListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String user = Actors.signedIn(execution);
    if (user != null) {
      throw new NotAllowed(user + " cannot start the \"what works\" insight: the quarter's timer starts it, "
          + "never a person.");
    }
  }
}
