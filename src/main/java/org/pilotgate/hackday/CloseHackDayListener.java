package org.pilotgate.hackday;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** "Hack day closed": refused while any idea waits for its answer, so no idea disappears without one. */
@Component("closeHackDay")
class CloseHackDayListener implements ExecutionListener {

  private final HackDays hackDays;

  CloseHackDayListener(HackDays hackDays) {
    this.hackDays = hackDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    hackDays.close(HackDayTasks.hackDayId(execution));
  }
}
