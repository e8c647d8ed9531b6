package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.TestPilots;
import org.springframework.beans.factory.annotation.Autowired;

/** What a task carries into Tasklist besides its form: a due date, a follow-up date and the pilot it is for. */
class TaskDatesAndNamesTest extends PilotProcessTest {

  @Autowired PilotGateProperties settings;

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void tasksAreDueTheirConfiguredPeriodAfterTheyOpenByTheEnginesClock() {
    // the engine's clock stands still: the due dates are computed from it, in the council's zone
    ZonedDateTime now = Instant.now().truncatedTo(ChronoUnit.SECONDS).atZone(settings.zone());
    ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    ProcessInstance pilot = propose("olivia", TestPilots.proposal());
    complete(pilot, "ReviewProposal", "max", TestPilots.approve("reviewDecision"));

    Task plan = openTask(pilot, "PlanTrial");
    assertThat(plan.getCreateTime()).isEqualTo(Date.from(now.toInstant()));
    assertThat(plan.getDueDate()).isEqualTo(Date.from(now.plus(TaskDeadlines.periods(settings.dueWithin()).get("PlanTrial")).toInstant()))
        .isEqualTo(Date.from(now.plusDays(14).toInstant()));
  }

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
