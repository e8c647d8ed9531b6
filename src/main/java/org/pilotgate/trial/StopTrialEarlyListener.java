package org.pilotgate.trial;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/** "Stop the trial early": a stop needs a reason code and an explanation; the model then ends the trial. */
@Component("stopTrialEarly")
class StopTrialEarlyListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    EarlyStop stop = EarlyStop.from(ProcessData.submission(task));
    task.setVariable(TrialRecord.EARLY_STOP_REASON_CODE, stop.reasonCode().name());
    task.setVariable(TrialRecord.STOPPED_EARLY, true);
  }
}
