package org.pilotgate.publishing;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.PublishedReport;
import org.pilotgate.library.ReportPublished;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.report.ReportObligations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Publish the success report" and "Publish the failure report". Runs as its own job, so a
 * failure is retried and then becomes an incident; publishing twice stores one report, and it is
 * announced once ({@link ReportPublished}). A stopped pilot's report obligation is met when its report is out.
 */
@Component("publishReport")
class PublishReportDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PublishReportDelegate.class);

  private final ReportAssembly assembly;
  private final LibraryStore library;
  private final ReportObligations obligations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PublishReportDelegate(ReportAssembly assembly, LibraryStore library, ReportObligations obligations,
      ApplicationEventPublisher events, Clock clock) {
    this.assembly = assembly;
    this.library = library;
    this.obligations = obligations;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportDocument report = assembly.assemble(execution, clock.instant());
    if (library.publishOnce(report, execution.getProcessInstanceId())) {
      LOG.info("Published the {} report in the library", report.outcome());
      events.publishEvent(new ReportPublished(execution.getProcessInstanceId(), report.reference(),
          new ReportPublished.Publication(report.globalId(), report.outcome(), report)));
    }
    obligations.published(execution.getProcessInstanceId(), report.publishedAt());
    execution.setVariable(PublishedReport.ID_VARIABLE, report.globalId());
    execution.setVariable(PublishedReport.URL_VARIABLE, LibraryIndex.reportPath(report.globalId()));
  }
}
