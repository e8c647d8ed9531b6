package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;

/** What a task carries into Tasklist besides its form: a due date, a follow-up date and the pilot it is for. */
class TaskDatesAndNamesTest extends PilotProcessTest {

  @Test
  void reviewsGatesAndReportsAreDueAndTheReportIsFollowedUpBeforeItsDeadline() {
    ProcessInstance pilot = inTrial("olivia", "max");
    evaluated(pilot, TestPilots.evaluation(2, 15000, 3));
    Task gate = openTask(pilot, DECIDE_GATE);
    assertThat(gate.getDueDate()).isInTheFuture();
    assertThat(gate.getDescription()).startsWith(pilot.getBusinessKey() + TaskNaming.SEPARATOR
        + TestPilots.proposal().getValue("title", String.class));
    assertThat(openTask(propose("olivia", TestPilots.proposal()), REVIEW_PROPOSAL).getDueDate()).isInTheFuture();

    complete(pilot, DECIDE_GATE, "mia", TestPilots.gate("STOP", null));
    Task draft = openTask(pilot, DRAFT_FAILURE_REPORT);
    assertThat(draft.getDueDate()).isEqualTo((Date) variable(pilot, "failureReportDueDate"));
    assertThat(draft.getFollowUpDate()).isEqualTo((Date) variable(pilot, "failureReportReminderDate"))
        .isBefore(draft.getDueDate());
  }
}
