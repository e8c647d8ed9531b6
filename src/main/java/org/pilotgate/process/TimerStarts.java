package org.pilotgate.process;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** Whether a process is being started by its timer start event's job, the model's own start, not a person's. */
public final class TimerStarts {

  private TimerStarts() {}

  public static boolean running() {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    return job != null && TimerStartEventJobHandler.TYPE.equals(job.getJobHandlerType());
  }
}
