package org.pilotgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.submitted;
import static org.pilotgate.TestPilots.successReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.pilot.SuccessCriterion.Direction;
import org.pilotgate.process.ProcessData;

class ReportDraftTest {

  private final List<ReportResult> registered = List.of(
      new ReportResult("Referrals received", "per month", BigDecimal.ONE, new BigDecimal("20"), Direction.INCREASE,
          true, null, null, null),
      new ReportResult("Loneliness score", "UCLA", new BigDecimal("7"), new BigDecimal("6"), Direction.DECREASE,
          false, null, null, null));

  @Test
  void aFailureReportKeepsEachCriterionWithItsOutcome() {
    ReportDraft draft = ReportDraft.from(submitted(failureReport()), ReportDraft.Outcome.FAILED, registered);
    assertThat(draft.failureReasonCodes()).containsExactly(ReportDraft.FailureReason.IMPLEMENTATION,
        ReportDraft.FailureReason.PARTNER);
    assertThat(draft.results().get(0).met()).isFalse();
    assertThat(draft.results().get(0).target()).isEqualByComparingTo("20");
    assertThat(draft.results().get(1).actual()).isNull();
  }

  @Test
  void aFailureReportNamesAtLeastOneReason() {
    var noReasons = failureReport().putValue("failureReasonCodes", ProcessData.json(List.of()));
    assertThatThrownBy(() -> ReportDraft.from(submitted(noReasons), ReportDraft.Outcome.FAILED, registered))
        .hasMessageStartingWith("failureReasonCodes: choose at least one reason");
  }

  @Test
  void anUnknownReasonIsRefused() {
    var odd = failureReport().putValue("failureReasonCodes", ProcessData.json(List.of("WEATHER")));
    assertThatThrownBy(() -> ReportDraft.from(submitted(odd), ReportDraft.Outcome.FAILED, registered))
        .hasMessageStartingWith("failureReasonCodes: must be one of THEORY");
  }

  @Test
  void aCriterionWithoutAnActualNeedsACommentary() {
    var silent = failureReport().putValue("reportResults", ProcessData.json(List.of(Map.of("actual", 4), Map.of())));
    assertThatThrownBy(() -> ReportDraft.from(submitted(silent), ReportDraft.Outcome.FAILED, registered))
        .hasMessage("reportResults[1].commentary: is required");
  }

  @Test
  void aSuccessReportSaysHowItWillScale() {
    var noPlan = successReport();
    noPlan.remove("scalingPlan");
    assertThatThrownBy(() -> ReportDraft.from(submitted(noPlan), ReportDraft.Outcome.SUCCEEDED, registered))
        .hasMessage("scalingPlan: is required");
  }
}
