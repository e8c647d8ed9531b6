package org.pilotgate.trial;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/** "Record a check-in": adds the check-in to the trial's running log, {@code checkIns}. */
@Component("recordCheckIn")
class RecordCheckInListener implements TaskListener {

  private final Clock clock;

  RecordCheckInListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    CheckIn checkIn = CheckIn.from(ProcessData.submission(task), clock.instant().toString(), task.getAssignee());
    List<Object> log = new ArrayList<>();
    if (ProcessData.plain(task.getVariableTyped(TrialRecord.CHECK_INS)) instanceof List<?> earlier) {
      log.addAll(earlier);
    }
    log.add(checkIn);
    task.setVariable(TrialRecord.CHECK_INS, ProcessData.json(log));
  }
}
