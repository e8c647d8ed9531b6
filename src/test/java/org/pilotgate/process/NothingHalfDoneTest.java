package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.plan;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Refused input leaves nothing half-done: no pilot started, no reference used, the task still open. */
class NothingHalfDoneTest extends PilotProcessTest {

  @Test
  void aRefusedProposalStartsNothingAndUsesNoReference() {
    ProcessInstance before = propose("olivia", proposal());
    long pilots = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    VariableMap proposal = proposal();
    proposal.remove("hypothesis");

    assertThatThrownBy(() -> propose("olivia", proposal))
        .isInstanceOf(SubmissionRejected.class)
        .hasMessage("Hypothesis is required.")
        .satisfies(refused -> assertThat(((SubmissionRejected) refused).field()).isEqualTo("hypothesis"));

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(pilots);
    ProcessInstance after = propose("olivia", proposal());
    assertThat(number(after)).isEqualTo(number(before) + 1);
  }

  @Test
  void aProposalNeedsASignedInProposer() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, proposal()))
        .isInstanceOf(SubmissionRejected.class).hasMessageStartingWith("proposer: sign in to propose a pilot");
  }

  @Test
  void aRefusedTaskCompletionLeavesTheTaskOpenAndTheValuesUnchanged() {
    ProcessInstance pilot = approved("olivia", "mia");
    String taskId = openTask(pilot, PLAN_TRIAL).getId();

    VariableMap badPlan = plan().putValue("trialEnd", "2020-01-01").putValue("trialSites", "Changed sites");
    assertThatThrownBy(() -> complete(pilot, PLAN_TRIAL, "olivia", badPlan))
        .isInstanceOf(SubmissionRejected.class).hasMessageStartingWith("Trial end must be after the trial start");

    assertThat(pilot).isWaitingAt(PLAN_TRIAL);
    assertThat(openTask(pilot, PLAN_TRIAL).getId()).isEqualTo(taskId);
    assertThat(variable(pilot, "trialSites")).isNull();
    assertThat(variable(pilot, "registrationVersion")).isNull();

    complete(pilot, PLAN_TRIAL, "olivia", plan());
    assertThat(pilot).isWaitingAt(TRIAL_END_REACHED);
  }

  @Test
  void aGateDecisionAgainstTheRecommendationWithoutJustificationIsRefused() {
    ProcessInstance pilot = atTheGate("olivia", "mia");
    assertThat(variable(pilot, "recommendation")).isEqualTo("STOP");

    assertThatThrownBy(() -> complete(pilot, DECIDE_GATE, "mia", Variables.createVariables()
        .putValue("gateDecision", "SCALE")))
        .isInstanceOf(SubmissionRejected.class).hasMessageStartingWith("Justification is required");
    assertThat(pilot).isWaitingAt(DECIDE_GATE);
  }

  private int number(ProcessInstance pilot) {
    String reference = (String) variable(pilot, "pilotReference");
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }
}
