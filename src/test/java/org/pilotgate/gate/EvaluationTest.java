package org.pilotgate.gate;

import org.pilotgate.TestPilots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.TestPilots.submitted;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.pilot.Registration;
import org.pilotgate.process.ProcessData;

class EvaluationTest {

  private final Registration registration = Registration.from(submitted(proposal()), TestPilots.NO_REGISTER);

  @Test
  void judgesEachPrimaryCriterionAgainstItsRegisteredTarget() {
    Evaluation met = Evaluation.from(submitted(evaluation(20, 15000, 3)), registration);
    Evaluation missed = Evaluation.from(submitted(evaluation(19, 15000, 3)), registration);
    assertThat(met.primaryTargetsMetShare()).isEqualTo(1.0);
    assertThat(missed.primaryTargetsMetShare()).isEqualTo(0.0);
    assertThat(met.criterionResults().get(0).target()).isEqualByComparingTo("20");
  }

  @Test
  void formRowsCannotMoveTheTarget() {
    var tampered = evaluation(5, 15000, 3).putValue("criterionResults", ProcessData.json(List.of(
        Map.of("actual", 5, "target", 1), Map.of("actual", 6))));
    Evaluation evaluation = Evaluation.from(submitted(tampered), registration);
    assertThat(evaluation.criterionResults().get(0).target()).isEqualByComparingTo("20");
    assertThat(evaluation.primaryTargetsMetShare()).isZero();
  }

  @Test
  void aHarmLimitCrossedIsABreach() {
    var harmful = evaluation(25, 15000, 3).putValue("harmResults", ProcessData.json(List.of(Map.of("actual", 6))));
    assertThat(Evaluation.from(submitted(harmful), registration).harmLimitBreached()).isTrue();
    assertThat(Evaluation.from(submitted(evaluation(25, 15000, 3)), registration).harmLimitBreached()).isFalse();
  }

  @Test
  void costIsComparedWithTheBudgetRequested() {
    Evaluation evaluation = Evaluation.from(submitted(evaluation(25, 16500, 3)), registration);
    assertThat(evaluation.costToBudgetRatio(new BigDecimal("15000"))).isEqualTo(1.1);
    assertThat(evaluation.costToBudgetRatio(BigDecimal.ZERO)).isGreaterThan(1000);
  }

  @Test
  void everyRegisteredCriterionNeedsAnActualValue() {
    var incomplete = evaluation(25, 15000, 3).putValue("criterionResults",
        ProcessData.json(List.of(Map.of("actual", 25))));
    assertThatThrownBy(() -> Evaluation.from(submitted(incomplete), registration))
        .hasMessageStartingWith("criterionResults: give an actual value for each of the 2 registered rows");
    var blank = evaluation(25, 15000, 3).putValue("criterionResults",
        ProcessData.json(List.of(Map.of("actual", 25), Map.of())));
    assertThatThrownBy(() -> Evaluation.from(submitted(blank), registration))
        .hasMessage("criterionResults[1].actual: is required");
  }

  @Test
  void evidenceLevelIsOneToFive() {
    assertThatThrownBy(() -> Evaluation.from(submitted(evaluation(25, 15000, 6)), registration))
        .hasMessage("evidenceLevel: must be at most 5");
  }
}
