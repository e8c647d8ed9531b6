package org.pilotgate.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/** "Review the success report" and "Review the failure report": a returned report needs comments. */
@Component("reviewReport")
class ReviewReportListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ReportReview review = ReportReview.from(ProcessData.submission(task));
    ProcessData.setIfChanged(task, ReportReview.DECISION, review.decision().name());
  }
}
