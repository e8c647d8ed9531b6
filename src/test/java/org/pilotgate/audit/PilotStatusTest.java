package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pilot's status follows the steps it entered; steps that name no status leave it as it was. */
class PilotStatusTest {

  @Test
  void aRevisedProposalGoesBackToReview() {
    assertThat(PilotStatus.after(List.of("ProposePilot", "PriorWorkMerge", "CheckPriorWork", "ReviewProposal",
        "ReviseProposal"))).isEqualTo(PilotStatus.CHANGES_REQUESTED);
    assertThat(PilotStatus.after(List.of("ProposePilot", "ReviewProposal", "ReviseProposal", "CheckPriorWork",
        "ReviewProposal"))).isEqualTo(PilotStatus.IN_REVIEW);
  }

  @Test
  void stepsInsideTheTrialLeaveItInTrial() {
    assertThat(PilotStatus.after(List.of("PlanTrial", "Trial", "TrialStarted", "CheckInDue", "RecordCheckIn",
        "TrialEndReached"))).isEqualTo(PilotStatus.IN_TRIAL);
  }

  @Test
  void aStoppedPilotReportsThenEndsStopped() {
    List<String> stopped = List.of("DecideGate", "GateOutcome", "StopMerge", "SetFailureReportDeadline",
        "FailureReport", "DraftFailureReport", "ReminderDue", "ChaseOverdueReport");
    assertThat(PilotStatus.after(stopped)).isEqualTo(PilotStatus.REPORTING);
    assertThat(PilotStatus.after(List.of("SetFailureReportDeadline", "PublishFailureReport", "PilotStopped")))
        .isEqualTo(PilotStatus.STOPPED);
  }

  @Test
  void aPilotWithNoStepYetIsProposed() {
    assertThat(PilotStatus.after(List.of())).isEqualTo(PilotStatus.PROPOSED);
    assertThat(PilotStatus.enteredAt("PriorWorkMerge")).isEmpty();
  }
}
