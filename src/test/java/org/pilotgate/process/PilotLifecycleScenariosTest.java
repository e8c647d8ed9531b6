package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.plan;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.TestPilots.returnReport;
import static org.pilotgate.TestPilots.successReport;
import static org.pilotgate.process.LifecycleModel.ACKNOWLEDGE_PRIOR_WORK;
import static org.pilotgate.process.LifecycleModel.CHASE_OVERDUE_REPORT;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.CHECK_PRIOR_WORK;
import static org.pilotgate.process.LifecycleModel.COMPLETE_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.PROPOSED_FROM_IDEA_MESSAGE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.EVALUATE_TRIAL;
import static org.pilotgate.process.LifecycleModel.FAILURE_REPORT_PUBLISHED;
import static org.pilotgate.process.LifecycleModel.PILOT_SCALED;
import static org.pilotgate.process.LifecycleModel.PILOT_STOPPED;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.PROPOSAL_REJECTED;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PUBLISH_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.READ_REJECTION;
import static org.pilotgate.process.LifecycleModel.RECOMMEND_DECISION;
import static org.pilotgate.process.LifecycleModel.RECORD_CHECK_IN;
import static org.pilotgate.process.LifecycleModel.REMINDER_DUE;
import static org.pilotgate.process.LifecycleModel.REPORT_DEADLINE_PASSED;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.REVISE_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;
import static org.pilotgate.process.LifecycleModel.TRIAL_STOPPED_EARLY;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One scenario per path through the pilot lifecycle. Together they must cover the share of the model
 * that pom.xml sets ({@code process-test-coverage.minimum}), whatever order they run in: each path
 * the coverage counts on is taken by a scenario that sets up what it needs (the prior-work question
 * by its own similar failure), never by what an earlier scenario left in the library. Routes that
 * depend on the diagram alone start part-way, on a plain engine, in {@link LifecycleRoutesTest}.
 */
@Import({ProcessEngineCoverageConfiguration.class, PilotLifecycleScenariosTest.CoverageGate.class})
class PilotLifecycleScenariosTest extends PilotProcessTest {

  @TestConfiguration
  static class CoverageGate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverageProperties() {
      // the champions' processes that pilots start have their own scenarios (ChampionsWorkScenariosTest)
      return ProcessCoverage.gate(ChampionsModel.CONFIRM_PARTNER_PROCESS, ChampionsModel.SUGGEST_PARTNERS_PROCESS);
    }
  }

  @Autowired LibraryStore library;
  @Autowired LibraryIndex index;

  @Test
  void aSimilarFailureIsAnsweredBeforeReview() {
    String title = "Wombat wardens befriend lonely ferry passengers";
    library.publishOnce(TestPilots.report("PEER", "PIL-2025-0201", title, "FAILED", "ADULT_SOCIAL_CARE",
        "Wombat wardens had no time at the pier"), "scenario-prior-work-0201");
    index.catchUp();

    ProcessInstance pilot = as("olivia", () -> runtime.startProcessInstanceByKey(PROCESS, proposal()
        .putValue("title", title).putValue("problem", "Lonely ferry passengers rarely meet wombat wardens")));

    assertThat(pilot).hasPassed(CHECK_PRIOR_WORK).isWaitingAt(ACKNOWLEDGE_PRIOR_WORK).task().isAssignedTo("olivia");
    List<?> failures = (List<?>) variable(pilot, "similarFailures");
    assertThat(failures).isNotEmpty();
    complete(pilot, ACKNOWLEDGE_PRIOR_WORK, "olivia", TestPilots.acknowledgement(failures.size()));
    assertThat(pilot).isWaitingAt(REVIEW_PROPOSAL).hasPassedInOrder(CHECK_PRIOR_WORK, ACKNOWLEDGE_PRIOR_WORK);
  }

  @Test
  void aHackDayIdeaStartsAProposalThatItsAuthorCompletes() {
    // as the hack day's triage starts it (hackday.IdeaPilots): the only route the start message has
    ProcessInstance pilot = new PilotMessages(engine).deliver(() -> runtime.createMessageCorrelation(PROPOSED_FROM_IDEA_MESSAGE)
        .setVariable("proposer", "oscar").setVariable("title", "One form for missed bins").correlateStartMessage());

    assertThat(pilot).isWaitingAt(COMPLETE_PROPOSAL).task().isAssignedTo("oscar");
    assertThat(variable(pilot, "title")).isEqualTo("One form for missed bins");
    complete(pilot, COMPLETE_PROPOSAL, "oscar", proposal().putValue("title", "One form for missed bins"));
    acknowledgeSimilarFailuresIfAsked(pilot);
    assertThat(pilot).isWaitingAt(REVIEW_PROPOSAL).hasBusinessKey((String) variable(pilot, "pilotReference"));
  }

  @Test
  void rejectedProposalEndsAfterTheProposerReadsWhy() {
    ProcessInstance pilot = propose("olivia", proposal());
    assertThat(pilot).isWaitingAt(REVIEW_PROPOSAL).hasBusinessKey((String) variable(pilot, "pilotReference"));

    complete(pilot, REVIEW_PROPOSAL, "mia", Variables.createVariables()
        .putValue("reviewDecision", "REJECT").putValue("reviewComments", "Duplicates the befriending service."));

    assertThat(pilot).isWaitingAt(READ_REJECTION).task().isAssignedTo("olivia");
    complete(pilot, READ_REJECTION, "olivia", Variables.createVariables());
    assertThat(pilot).isEnded().hasPassed(PROPOSAL_REJECTED).hasNotPassed(PLAN_TRIAL);
  }

  @Test
  void changesRequestedThenApproved() {
    ProcessInstance pilot = propose("olivia", proposal());
    complete(pilot, REVIEW_PROPOSAL, "mia", Variables.createVariables()
        .putValue("reviewDecision", "REQUEST_CHANGES").putValue("reviewComments", "Add a harm limit on complaints."));

    assertThat(pilot).isWaitingAt(REVISE_PROPOSAL).task().isAssignedTo("olivia");
    complete(pilot, REVISE_PROPOSAL, "olivia", proposal().putValue("title", "Bus drivers refer isolated passengers"));
    acknowledgeSimilarFailuresIfAsked(pilot);
    assertThat(pilot).isWaitingAt(REVIEW_PROPOSAL);
    assertThat(variable(pilot, "revisionRound")).isEqualTo(1);

    complete(pilot, REVIEW_PROPOSAL, "max", approve("reviewDecision"));
    assertThat(pilot).isWaitingAt(PLAN_TRIAL).hasPassedInOrder(REVISE_PROPOSAL, CHECK_PRIOR_WORK, REVIEW_PROPOSAL);
  }

  @Test
  void scaled() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    fire(pilot, CHECK_IN_DUE);
    complete(pilot, RECORD_CHECK_IN, "olivia", Variables.createVariables()
        .putValue("checkInStatus", "ON_TRACK").putValue("checkInNotes", "Twelve referrals in the first fortnight."));
    assertThat((List<?>) variable(pilot, "checkIns")).hasSize(1);

    evaluated(pilot, evaluation(24, 14000, 4));
    assertThat(variable(pilot, "recommendation")).isEqualTo("SCALE");
    complete(pilot, DECIDE_GATE, "mia", gate("SCALE", null));

    complete(pilot, WRITE_SUCCESS_REPORT, "olivia", successReport());
    complete(pilot, REVIEW_SUCCESS_REPORT, "max", approve("reportReviewDecision"));
    assertThat(pilot).isWaitingAt(PUBLISH_SUCCESS_REPORT);
    fire(pilot, PUBLISH_SUCCESS_REPORT);

    assertThat(pilot).isEnded().hasPassed(PILOT_SCALED);
    assertThat(library.findLocal(reference(pilot))).get().extracting(r -> r.document().outcome())
        .isEqualTo("SUCCEEDED");
    assertThat(library.findLocal(reference(pilot))).get().extracting(r -> r.document().intervention().kind())
        .as("the kind chosen in the proposal, carried into the report").isEqualTo("PARTNERSHIP");
  }

  @Test
  void extendedThenStopped() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    evaluated(pilot, evaluation(21, 12000, 2));
    assertThat(variable(pilot, "recommendation")).isEqualTo("EXTEND");
    complete(pilot, DECIDE_GATE, "mia", gate("EXTEND", null)
        .putValue("newTrialEnd", org.pilotgate.TestPilots.TODAY.plusMonths(5).toString()));

    assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
    assertThat(variable(pilot, "extensionCount")).isEqualTo(1);

    evaluated(pilot, evaluation(3, 15000, 3));
    assertThat(variable(pilot, "recommendation")).isEqualTo("STOP");
    complete(pilot, DECIDE_GATE, "max", gate("STOP", null));

    publishFailureReport(pilot, "mia");
    assertThat(pilot).isEnded().hasPassed(PILOT_STOPPED);
  }

  @Test
  void adaptedThenScaled() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    evaluated(pilot, evaluation(25, 30000, 4));
    assertThat(variable(pilot, "recommendation")).isEqualTo("ADAPT");
    complete(pilot, DECIDE_GATE, "mia", gate("ADAPT", null)
        .putValue("adaptation", "Train drivers in groups to halve the cost."));

    assertThat(pilot).isWaitingAt(PLAN_TRIAL);
    complete(pilot, PLAN_TRIAL, "olivia", plan());
    assertThat(variable(pilot, "registrationVersion")).isEqualTo(2);

    evaluated(pilot, evaluation(22, 14000, 3));
    complete(pilot, DECIDE_GATE, "mia", gate("SCALE", null));
    complete(pilot, WRITE_SUCCESS_REPORT, "olivia", successReport());
    complete(pilot, REVIEW_SUCCESS_REPORT, "mia", approve("reportReviewDecision"));
    fire(pilot, PUBLISH_SUCCESS_REPORT);
    assertThat(pilot).isEnded().hasPassed(PILOT_SCALED);
  }

  @Test
  void stoppedEarly() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    stopEarly(pilot, "max", "SAFEGUARDING", "A driver's referral exposed a passenger's address.");

    assertThat(pilot).hasPassed(TRIAL_STOPPED_EARLY).isWaitingAt(DRAFT_FAILURE_REPORT);
    assertThat(pilot).hasNotPassed(EVALUATE_TRIAL);
    publishFailureReport(pilot, "mia");
    assertThat(pilot).isEnded().hasPassed(PILOT_STOPPED);
    assertThat(library.findLocal(reference(pilot))).get()
        .extracting(r -> r.document().trial().stoppedEarly().reasonCode()).isEqualTo("SAFEGUARDING");
    assertThat(library.findLocal(reference(pilot)).orElseThrow().document().harmResults())
        .as("the registered harm limits, though the trial stopped before evaluation").hasSize(1);
  }

  @Test
  void stoppedAtTheGateWithTheReportReturnedOnceThenPublished() {
    ProcessInstance pilot = stoppedAtGate();
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", returnReport("Say what the operator changed and when."));

    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT).task().isAssignedTo("olivia");
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", approve("reportReviewDecision"));

    assertThat(pilot).as("a stopped pilot runs until its report is published").isActive()
        .isWaitingAt(PUBLISH_FAILURE_REPORT);
    assertThat(library.findLocal(reference(pilot))).isEmpty();
    fire(pilot, PUBLISH_FAILURE_REPORT);

    assertThat(pilot).isEnded().hasPassed(FAILURE_REPORT_PUBLISHED, PILOT_STOPPED);
    assertThat(library.findLocal(reference(pilot))).get().extracting(r -> r.document().outcome()).isEqualTo("FAILED");
  }

  @Test
  void reportReminderThenEscalationWithoutCancellingTheReport() {
    ProcessInstance pilot = stoppedAtGate();
    Date due = (Date) variable(pilot, "failureReportDueDate");
    Date reminder = (Date) variable(pilot, "failureReportReminderDate");
    assertThat(due).isAfter(reminder);
    assertThat(openTask(pilot, DRAFT_FAILURE_REPORT).getDueDate()).isEqualTo(due);

    fire(pilot, REMINDER_DUE);
    Task draft = openTask(pilot, DRAFT_FAILURE_REPORT);
    assertThat(draft.getPriority()).isEqualTo(75);
    assertThat(tasks.getTaskComments(draft.getId())).singleElement()
        .extracting(c -> c.getFullMessage()).asString().startsWith("Reminder:");

    fire(pilot, REPORT_DEADLINE_PASSED);
    assertThat(variable(pilot, "failureReportOverdue")).isEqualTo(true);
    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT, CHASE_OVERDUE_REPORT);
    assertThat(openTask(pilot, DRAFT_FAILURE_REPORT).getPriority()).isEqualTo(90);
    complete(pilot, CHASE_OVERDUE_REPORT, "max", Variables.createVariables()
        .putValue("overdueFollowUp", "Called Olivia; draft promised for Friday."));

    assertThat(pilot).isActive().isWaitingAt(DRAFT_FAILURE_REPORT);
    publishFailureReport(pilot, "mia");
    assertThat(pilot).isEnded().hasPassed(PILOT_STOPPED);
  }

  /** Every scenario's trial, checked as it starts: running, with the first registration version. */
  @Override
  public ProcessInstance inTrial(String officer, String manager) {
    ProcessInstance pilot = super.inTrial(officer, manager);
    assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
    assertThat(variable(pilot, "registrationVersion")).isEqualTo(1);
    return pilot;
  }

  @Override
  public void evaluated(ProcessInstance pilot, org.camunda.bpm.engine.variable.VariableMap evaluation) {
    super.evaluated(pilot, evaluation);
    assertThat(pilot).hasPassed(EVALUATE_TRIAL, RECOMMEND_DECISION).isWaitingAt(DECIDE_GATE);
  }

  private ProcessInstance stoppedAtGate() {
    ProcessInstance pilot = stoppedAtTheGate("olivia", "mia", "mia");
    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT);
    return pilot;
  }
}
