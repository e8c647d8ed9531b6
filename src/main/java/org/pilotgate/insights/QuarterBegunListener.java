package org.pilotgate.insights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.process.Actors;
import org.pilotgate.process.TimerStarts;
import org.springframework.stereotype.Component;

/**
 * The quarter's timer starts the insight, nobody else: Camunda's start rights let every officer start a
 * process, so any start that is not the timer's job running (through any API, administrators' included)
 * is refused. Running that job early is the timer's start, only sooner.
 */
@Component("quarterBegun")
class QuarterBegunListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!TimerStarts.running()) {
      String user = Actors.signedIn(execution);
      throw new NotAllowed("The \"what works\" insight starts when the quarter's timer fires, never by hand"
          + (user == null ? "." : ": " + user + " cannot start it."));
    }
  }
}
