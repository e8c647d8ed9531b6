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

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.pilotgate.library.LibraryStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** One scenario per path through the pilot lifecycle. Together they must cover 90% of the model. */
@Import({ProcessEngineCoverageConfiguration.class, PilotLifecycleScenariosTest.CoverageGate.class})
class PilotLifecycleScenariosTest extends PilotProcessTest {

  @TestConfiguration
  static class CoverageGate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverageProperties() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9).build();
    }
  }

  @Autowired LibraryStore library;

  @Test
  void rejectedProposalEndsAfterTheProposerReadsWhy() {
    ProcessInstance pilot = propose("olivia", proposal());
    assertThat(pilot).isWaitingAt("ReviewProposal").hasBusinessKey((String) variable(pilot, "pilotReference"));

    complete(pilot, "ReviewProposal", "mia", Variables.createVariables()
        .putValue("reviewDecision", "REJECT").putValue("reviewComments", "Duplicates the befriending service."));

    assertThat(pilot).isWaitingAt("ReadRejection").task().isAssignedTo("olivia");
    complete(pilot, "ReadRejection", "olivia", Variables.createVariables());
    assertThat(pilot).isEnded().hasPassed("ProposalRejected").hasNotPassed("PlanTrial");
  }

  @Test
  void changesRequestedThenApproved() {
    ProcessInstance pilot = propose("olivia", proposal());
    complete(pilot, "ReviewProposal", "mia", Variables.createVariables()
        .putValue("reviewDecision", "REQUEST_CHANGES").putValue("reviewComments", "Add a harm limit on complaints."));

    assertThat(pilot).isWaitingAt("ReviseProposal").task().isAssignedTo("olivia");
    complete(pilot, "ReviseProposal", "olivia", proposal().putValue("title", "Bus drivers refer isolated passengers"));
    acknowledgeSimilarFailuresIfAsked(pilot);
    assertThat(pilot).isWaitingAt("ReviewProposal");
    assertThat(variable(pilot, "revisionRound")).isEqualTo(1);

    complete(pilot, "ReviewProposal", "max", approve("reviewDecision"));
    assertThat(pilot).isWaitingAt("PlanTrial").hasPassedInOrder("ReviseProposal", "CheckPriorWork", "ReviewProposal");
  }

  @Test
  void scaled() {
    ProcessInstance pilot = inTrial();
    fire(pilot, "CheckInDue");
    complete(pilot, "RecordCheckIn", "olivia", Variables.createVariables()
        .putValue("checkInStatus", "ON_TRACK").putValue("checkInNotes", "Twelve referrals in the first fortnight."));
    assertThat((List<?>) variable(pilot, "checkIns")).hasSize(1);

    evaluated(pilot, evaluation(24, 14000, 4));
    assertThat(variable(pilot, "recommendation")).isEqualTo("SCALE");
    complete(pilot, "DecideGate", "mia", gate("SCALE", null));

    complete(pilot, "WriteSuccessReport", "olivia", successReport());
    complete(pilot, "ReviewSuccessReport", "max", approve("reportReviewDecision"));
    assertThat(pilot).isWaitingAt("PublishSuccessReport");
    fire(pilot, "PublishSuccessReport");

    assertThat(pilot).isEnded().hasPassed("PilotScaled");
    assertThat(library.findLocal(reference(pilot))).get().extracting(r -> r.document().outcome())
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void extendedThenStopped() {
    ProcessInstance pilot = inTrial();
    evaluated(pilot, evaluation(21, 12000, 2));
    assertThat(variable(pilot, "recommendation")).isEqualTo("EXTEND");
    complete(pilot, "DecideGate", "mia", gate("EXTEND", null)
        .putValue("newTrialEnd", org.pilotgate.TestPilots.TODAY.plusMonths(5).toString()));

    assertThat(pilot).isWaitingAt("StopTrialEarly", "CheckInDue");
    assertThat(variable(pilot, "extensionCount")).isEqualTo(1);

    evaluated(pilot, evaluation(3, 15000, 3));
    assertThat(variable(pilot, "recommendation")).isEqualTo("STOP");
    complete(pilot, "DecideGate", "max", gate("STOP", null));

    publishFailureReport(pilot);
    assertThat(pilot).isEnded().hasPassed("PilotStopped");
  }

  @Test
  void adaptedThenScaled() {
    ProcessInstance pilot = inTrial();
    evaluated(pilot, evaluation(25, 30000, 4));
    assertThat(variable(pilot, "recommendation")).isEqualTo("ADAPT");
    complete(pilot, "DecideGate", "mia", gate("ADAPT", null)
        .putValue("adaptation", "Train drivers in groups to halve the cost."));

    assertThat(pilot).isWaitingAt("PlanTrial");
    complete(pilot, "PlanTrial", "olivia", plan());
    assertThat(variable(pilot, "registrationVersion")).isEqualTo(2);

    evaluated(pilot, evaluation(22, 14000, 3));
    complete(pilot, "DecideGate", "mia", gate("SCALE", null));
    complete(pilot, "WriteSuccessReport", "olivia", successReport());
    complete(pilot, "ReviewSuccessReport", "mia", approve("reportReviewDecision"));
    fire(pilot, "PublishSuccessReport");
    assertThat(pilot).isEnded().hasPassed("PilotScaled");
  }

  @Test
  void stoppedEarly() {
    ProcessInstance pilot = inTrial();
    complete(pilot, "StopTrialEarly", "max", Variables.createVariables()
        .putValue("earlyStopReasonCode", "SAFEGUARDING")
        .putValue("earlyStopReason", "A driver's referral exposed a passenger's address."));

    assertThat(pilot).hasPassed("TrialStoppedEarly").isWaitingAt("DraftFailureReport");
    assertThat(pilot).hasNotPassed("EvaluateTrial");
    publishFailureReport(pilot);
    assertThat(pilot).isEnded().hasPassed("PilotStopped");
    assertThat(library.findLocal(reference(pilot))).get()
        .extracting(r -> r.document().trial().stoppedEarly().reasonCode()).isEqualTo("SAFEGUARDING");
    assertThat(library.findLocal(reference(pilot)).orElseThrow().document().harmResults())
        .as("the registered harm limits, though the trial stopped before evaluation").hasSize(1);
  }

  @Test
  void stoppedAtTheGateWithTheReportReturnedOnceThenPublished() {
    ProcessInstance pilot = stoppedAtGate();
    complete(pilot, "DraftFailureReport", "olivia", failureReport());
    complete(pilot, "ReviewFailureReport", "mia", returnReport("Say what the operator changed and when."));

    assertThat(pilot).isWaitingAt("DraftFailureReport").task().isAssignedTo("olivia");
    complete(pilot, "DraftFailureReport", "olivia", failureReport());
    complete(pilot, "ReviewFailureReport", "mia", approve("reportReviewDecision"));

    assertThat(pilot).as("a stopped pilot runs until its report is published").isActive()
        .isWaitingAt("PublishFailureReport");
    assertThat(library.findLocal(reference(pilot))).isEmpty();
    fire(pilot, "PublishFailureReport");

    assertThat(pilot).isEnded().hasPassed("FailureReportPublished", "PilotStopped");
    assertThat(library.findLocal(reference(pilot))).get().extracting(r -> r.document().outcome()).isEqualTo("FAILED");
  }

  @Test
  void reportReminderThenEscalationWithoutCancellingTheReport() {
    ProcessInstance pilot = stoppedAtGate();
    Date due = (Date) variable(pilot, "failureReportDueDate");
    Date reminder = (Date) variable(pilot, "failureReportReminderDate");
    assertThat(due).isAfter(reminder);
    assertThat(openTask(pilot, "DraftFailureReport").getDueDate()).isEqualTo(due);

    fire(pilot, "ReminderDue");
    Task draft = openTask(pilot, "DraftFailureReport");
    assertThat(draft.getPriority()).isEqualTo(75);
    assertThat(tasks.getTaskComments(draft.getId())).singleElement()
        .extracting(c -> c.getFullMessage()).asString().startsWith("Reminder:");

    fire(pilot, "ReportDeadlinePassed");
    assertThat(variable(pilot, "failureReportOverdue")).isEqualTo(true);
    assertThat(pilot).isWaitingAt("DraftFailureReport", "ChaseOverdueReport");
    assertThat(openTask(pilot, "DraftFailureReport").getPriority()).isEqualTo(90);
    complete(pilot, "ChaseOverdueReport", "max", Variables.createVariables()
        .putValue("overdueFollowUp", "Called Olivia; draft promised for Friday."));

    assertThat(pilot).isActive().isWaitingAt("DraftFailureReport");
    publishFailureReport(pilot);
    assertThat(pilot).isEnded().hasPassed("PilotStopped");
  }

  @Test
  void publishingEndsAnUnfinishedChaseOfTheOverdueReport() {
    ProcessInstance pilot = stoppedAtGate();
    fire(pilot, "ReportDeadlinePassed");
    assertThat(pilot).isWaitingAt("DraftFailureReport", "ChaseOverdueReport");

    publishFailureReport(pilot);
    assertThat(pilot).isEnded().hasPassed("PilotStopped").hasNotPassed("OverdueChased");
  }

  private ProcessInstance inTrial() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    assertThat(pilot).isWaitingAt("StopTrialEarly", "CheckInDue");
    assertThat(variable(pilot, "registrationVersion")).isEqualTo(1);
    return pilot;
  }

  @Override
  protected void evaluated(ProcessInstance pilot, org.camunda.bpm.engine.variable.VariableMap evaluation) {
    super.evaluated(pilot, evaluation);
    assertThat(pilot).hasPassed("EvaluateTrial", "RecommendDecision").isWaitingAt("DecideGate");
  }

  private ProcessInstance stoppedAtGate() {
    ProcessInstance pilot = inTrial();
    evaluated(pilot, evaluation(2, 15000, 3));
    complete(pilot, "DecideGate", "mia", gate("STOP", null));
    assertThat(pilot).isWaitingAt("DraftFailureReport");
    return pilot;
  }

  private void publishFailureReport(ProcessInstance pilot) {
    complete(pilot, "DraftFailureReport", "olivia", failureReport());
    complete(pilot, "ReviewFailureReport", "mia", approve("reportReviewDecision"));
    fire(pilot, "PublishFailureReport");
  }

  private String reference(ProcessInstance pilot) {
    return runtime.createProcessInstanceQuery().processInstanceId(pilot.getId()).count() > 0
        ? (String) variable(pilot, "pilotReference")
        : engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pilot.getId())
            .singleResult().getBusinessKey();
  }
}
