package org.pilotgate.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.form.Submission;

class GateRulingTest {

  private static final LocalDate TRIAL_END = LocalDate.of(2027, 6, 30);

  @Test
  void followingTheRecommendationNeedsNoJustification() {
    GateRuling ruling = GateRuling.from(form(Map.of("gateDecision", "STOP")), "STOP", 0, TRIAL_END);
    assertThat(ruling.decision()).isEqualTo(GateRuling.Decision.STOP);
  }

  @Test
  void departingFromTheRecommendationNeedsAJustification() {
    assertThatThrownBy(() -> GateRuling.from(form(Map.of("gateDecision", "SCALE")), "STOP", 0, TRIAL_END))
        .hasMessageStartingWith("gateJustification: is required because the decision differs from the recommendation (STOP)");
    assertThat(GateRuling.from(form(Map.of("gateDecision", "SCALE", "gateJustification", "Council priority")),
        "STOP", 0, TRIAL_END).justification()).isEqualTo("Council priority");
  }

  @Test
  void anInconclusiveRecommendationAlwaysNeedsAJustification() {
    assertThatThrownBy(() -> GateRuling.from(form(Map.of("gateDecision", "STOP")), "INCONCLUSIVE", 0, TRIAL_END))
        .hasMessageStartingWith("gateJustification: is required");
  }

  @Test
  void anExtensionMovesTheEndLater() {
    assertThat(GateRuling.from(form(Map.of("gateDecision", "EXTEND", "newTrialEnd", "2027-09-30")), "EXTEND", 1,
        TRIAL_END).newTrialEnd()).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThatThrownBy(() -> GateRuling.from(form(Map.of("gateDecision", "EXTEND", "newTrialEnd", "2027-06-30")),
        "EXTEND", 0, TRIAL_END)).hasMessage("newTrialEnd: must be after the current end date (30 June 2027)");
  }

  @Test
  void aTrialIsExtendedTwiceAtMost() {
    assertThatThrownBy(() -> GateRuling.from(form(Map.of("gateDecision", "EXTEND", "newTrialEnd", "2027-09-30")),
        "EXTEND", 2, TRIAL_END)).hasMessageStartingWith("gateDecision: the trial has been extended 2 times already");
  }

  @Test
  void adaptingSaysWhatChanges() {
    assertThatThrownBy(() -> GateRuling.from(form(Map.of("gateDecision", "ADAPT")), "ADAPT", 0, TRIAL_END))
        .hasMessage("adaptation: is required");
  }

  private static Submission form(Map<String, Object> values) {
    return Submission.of(values);
  }
}
