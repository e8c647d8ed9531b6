package org.pilotgate.report;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two report-drafting tasks share one listener, each for its own outcome. */
@Configuration
class ReportBeans {

  @Bean
  TaskListener writeSuccessReport() {
    return new DraftReportListener(ReportDraft.Outcome.SUCCEEDED);
  }

  @Bean
  TaskListener draftFailureReport() {
    return new DraftReportListener(ReportDraft.Outcome.FAILED);
  }
}
