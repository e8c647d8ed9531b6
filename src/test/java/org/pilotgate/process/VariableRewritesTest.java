package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;

/**
 * A step writes a variable only when its value changes: the history keeps each value set or changed,
 * and no copies of a value the pilot already held (each would be a detail row, and for JSON a byte array).
 */
class VariableRewritesTest extends PilotProcessTest {

  @Test
  void aSubmittedDecisionIsRecordedOnceAndAChangedRegistrationTwice() {
    ProcessInstance pilot = atTheGate("olivia", "max");
    complete(pilot, LifecycleModel.DECIDE_GATE, "mia", TestPilots.gate("STOP", null));

    assertThat(updates(pilot, "gateDecision")).as("the manager's decision, not the listener's copy of it").hasSize(1);
    assertThat(updates(pilot, "evidenceLevel")).hasSize(1);
    // the plan's criteria differ from the proposal's (a baseline measured), so the frozen registration changed
    assertThat(updates(pilot, "registration")).hasSize(2);
    assertThat(updates(pilot, "successCriteria")).hasSize(2);
  }

  private java.util.List<HistoricDetail> updates(ProcessInstance pilot, String name) {
    return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pilot.getId()).variableUpdates()
        .list().stream().filter(detail -> name.equals(((HistoricVariableUpdate) detail).getVariableName())).toList();
  }
}
