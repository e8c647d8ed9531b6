package org.pilotgate.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PILOT_STOPPED;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;

import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Publishing runs as its own job: a failure is retried and becomes an incident; a report is never lost or doubled. */
class PublishingTest extends PilotProcessTest {

  @Autowired LibraryStore library;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFailingPublishBecomesAnIncidentAndPublishesOnceResolved() {
    ProcessInstance pilot = approvedFailureReport();
    Job publish = publishingFailsUntilAnIncident(pilot, PUBLISH_FAILURE_REPORT);

    Incident incident = runtime.createIncidentQuery().processInstanceId(pilot.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(PUBLISH_FAILURE_REPORT);
    assertThat(pilot).isActive().isWaitingAt(PUBLISH_FAILURE_REPORT);
    assertThat(library.findLocal(reference(pilot))).isEmpty();

    management.setJobRetries(publish.getId(), 1);
    management.executeJob(publish.getId());
    assertThat(pilot).isEnded().hasPassed(PILOT_STOPPED);
    assertThat(library.findLocal(reference(pilot))).isPresent();
  }

  @Test
  void aRepeatedPublishKeepsOneReport() {
    ProcessInstance pilot = approvedFailureReport();
    String reference = reference(pilot);
    ReportDocument earlier = TestPilots.report("DEMO", reference, "Earlier attempt", "FAILED", "TRANSPORT", "x");
    assertThat(library.publishOnce(earlier, pilot.getId())).isTrue();
    assertThat(library.publishOnce(earlier, pilot.getId())).isFalse();

    fire(pilot, PUBLISH_FAILURE_REPORT);

    assertThat(pilot).isEnded();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM published_report WHERE reference = ?", Integer.class,
        reference))
        .isEqualTo(1);
  }

  private ProcessInstance approvedFailureReport() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    stopEarly(pilot, "mia", "COST", "The operator withdrew funding.");
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "max", approve("reportReviewDecision"));
    assertThat(pilot).isWaitingAt(PUBLISH_FAILURE_REPORT);
    return pilot;
  }
}
