package org.pilotgate.audit;

import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.plan;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.TestPilots.returnReport;
import static org.pilotgate.TestPilots.successReport;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PUBLISH_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.RECORD_CHECK_IN;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.REVISE_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.sql.Connection;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Assumptions;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finished pilots in bulk on PostgreSQL, for the audit benchmark and its smoke test: five template
 * pilots run through the real engine and PilotGate's code, as the demo users (stopped at the gate with
 * its failure report published; scaled with its success report published; rejected at review; revised,
 * extended, stopped and its report returned once; stopped early with publishing failing into an
 * incident before a retry), then their history copied in SQL by {@link HistorySeeding}.
 */
abstract class SeededHistoryTest extends PilotProcessTest {

  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected PlatformTransactionManager transactionManager;

  protected void assumePostgres(String why) {
    Assumptions.assumeTrue("PostgreSQL".equals(jdbc.execute(
        (Connection c) -> c.getMetaData().getDatabaseProductName())), why);
  }

  /** Runs the templates and copies them until {@code pilots} finished pilots exist; returns how the seeding went. */
  protected HistorySeeding.Report seed(int pilots) {
    List<ClonePlan.Template> templates = List.of(
        template(stoppedAtGateAndPublished(), 30),
        template(scaled(), 25),
        template(rejected("olivia", "mia", "Duplicates the befriending service."), 20),
        template(revisedExtendedThenStoppedWithItsReportReturned(), 15),
        template(stoppedEarlyWithAnIncidentWhilePublishing(), 10));
    return new HistorySeeding(jdbc, new TransactionTemplate(transactionManager))
        .copy(templates, pilots - templates.size());
  }

  /** How the database was seeded, as the audit benchmark recorded it in the database's comment. */
  protected String seedingRecord() {
    return jdbc.queryForObject("SELECT shobj_description(oid, 'pg_database') FROM pg_database "
        + "WHERE datname = current_database()", String.class);
  }

  protected long finishedPilots() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'pilot-lifecycle' "
        + "AND end_time_ IS NOT NULL", Long.class);
  }

  private ClonePlan.Template template(ProcessInstance pilot, int weight) {
    return jdbc.queryForObject("SELECT business_key_, start_time_, end_time_ FROM act_hi_procinst WHERE id_ = ?",
        (row, n) -> new ClonePlan.Template(pilot.getId(), row.getString(1), row.getTimestamp(2).toInstant(),
            row.getTimestamp(3).toInstant(), weight), pilot.getId());
  }

  private ProcessInstance scaled() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    fire(pilot, CHECK_IN_DUE);
    complete(pilot, RECORD_CHECK_IN, "olivia", Variables.createVariables()
        .putValue("checkInStatus", "ON_TRACK").putValue("checkInNotes", "Twelve referrals in the first fortnight."));
    evaluated(pilot, evaluation(24, 14000, 4));
    complete(pilot, DECIDE_GATE, "mia", gate("SCALE", null));
    complete(pilot, WRITE_SUCCESS_REPORT, "olivia", successReport());
    complete(pilot, REVIEW_SUCCESS_REPORT, "max", approve("reportReviewDecision"));
    fire(pilot, PUBLISH_SUCCESS_REPORT);
    return pilot;
  }


  private ProcessInstance revisedExtendedThenStoppedWithItsReportReturned() {
    ProcessInstance pilot = propose("olivia", proposal());
    complete(pilot, REVIEW_PROPOSAL, "mia", Variables.createVariables()
        .putValue("reviewDecision", "REQUEST_CHANGES").putValue("reviewComments", "Add a harm limit on complaints."));
    complete(pilot, REVISE_PROPOSAL, "olivia", proposal().putValue("title", "Bus drivers refer isolated passengers"));
    acknowledgeSimilarFailuresIfAsked(pilot);
    complete(pilot, REVIEW_PROPOSAL, "max", approve("reviewDecision"));
    complete(pilot, PLAN_TRIAL, "olivia", plan());
    evaluated(pilot, evaluation(21, 12000, 2));
    complete(pilot, DECIDE_GATE, "mia", gate("EXTEND", null)
        .putValue("newTrialEnd", TestPilots.TODAY.plusMonths(5).toString()));
    evaluated(pilot, evaluation(3, 15000, 3));
    complete(pilot, DECIDE_GATE, "max", gate("STOP", null));
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", returnReport("Say what the operator changed and when."));
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", approve("reportReviewDecision"));
    fire(pilot, PUBLISH_FAILURE_REPORT);
    return pilot;
  }

  /** Publishing fails while the library's table is away, until the job's retries run out and an incident opens. */
  private ProcessInstance stoppedEarlyWithAnIncidentWhilePublishing() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    stopEarly(pilot, "max", "COST", "The operator withdrew funding.");
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", approve("reportReviewDecision"));
    Job publish = publishingFailsUntilAnIncident(pilot, PUBLISH_FAILURE_REPORT);
    management.setJobRetries(publish.getId(), 1);
    management.executeJob(publish.getId());
    return pilot;
  }
}
