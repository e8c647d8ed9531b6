package org.pilotgate.report;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.PilotGateProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Steps that share their code: the two report-drafting tasks share one listener, each for its own
 * outcome; the failure report's reminder and escalation share one nudge, each with its own urgency.
 */
@Configuration
class ReportBeans {

  static final int REMINDED_PRIORITY = 75;
  static final int OVERDUE_PRIORITY = 90;

  @Bean
  TaskListener writeSuccessReport() {
    return new DraftReportListener(ReportDraft.Outcome.SUCCEEDED);
  }

  @Bean
  TaskListener draftFailureReport() {
    return new DraftReportListener(ReportDraft.Outcome.FAILED);
  }

  /** "Remind the author": the failure report falls due soon. */
  @Bean
  JavaDelegate remindReportAuthor(PilotGateProperties properties, ApplicationEventPublisher events, Clock clock) {
    return new DeadlineNudge(REMINDED_PRIORITY, "Reminder: the failure report for %s is due on %s. "
        + "Other councils are waiting to learn from it.", properties.zone(),
        execution -> {
          execution.setVariable(FailureReportDeadline.REMINDED_AT, Date.from(clock.instant()));
          events.publishEvent(new FailureReportNudged(execution, false));
        });
  }

  /** "Escalate the overdue report": marks the report overdue; the managers' chase task follows. */
  @Bean
  JavaDelegate escalateOverdueReport(PilotGateProperties properties, ApplicationEventPublisher events) {
    return new DeadlineNudge(OVERDUE_PRIORITY, "Overdue: the failure report for %s was due on %s. "
        + "Managers have been asked to follow up.", properties.zone(),
        execution -> {
          execution.setVariable(FailureReportDeadline.OVERDUE, true);
          events.publishEvent(new FailureReportNudged(execution, true));
        });
  }
}
