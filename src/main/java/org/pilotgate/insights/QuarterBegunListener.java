package org.pilotgate.insights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.process.Actors;
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
    JobEntity job = Context.getCommandContext().getCurrentJob();
    if (job == null || !TimerStartEventJobHandler.TYPE.equals(job.getJobHandlerType())) {
      String user = Actors.signedIn(execution);
      throw new NotAllowed((user == null ? "nobody" : user) + " cannot start the \"what works\" insight: the "
          + "quarter's timer starts it, never a person.");
    }
  }
}
