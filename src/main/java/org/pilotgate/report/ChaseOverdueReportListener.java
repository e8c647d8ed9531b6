package org.pilotgate.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/** "Chase the overdue failure report": the manager records what was done to get the report written. */
@Component("chaseOverdueReport")
class ChaseOverdueReportListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ProcessData.submission(task).text(FailureReportDeadline.OVERDUE_FOLLOW_UP, 4000);
  }
}
