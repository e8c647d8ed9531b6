package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.SuccessCriterion.Direction;
import org.pilotgate.process.ProcessData;
import org.pilotgate.report.ReportResult;

/** The figures "what works" takes from one report: how it ended, its partners' sectors and its costs. */
class ReportFiguresTest {

  private static final ReportDocument SPENT_8000_ON_50 = TestPilots.report("ZZF", "PIL-2026-0001", "Figures",
      ReportDocument.FAILED, "HOUSING", "Lessons");

  @Test
  void costPerParticipantIsSpentOverPlannedParticipantsInPence() {
    assertThat(ReportFigures.of(SPENT_8000_ON_50).costPerParticipant()).isEqualByComparingTo("160.00");
    assertThat(ReportFigures.of(with(SPENT_8000_ON_50, Map.of("plannedParticipants", 3))).costPerParticipant())
        .isEqualByComparingTo("2666.67");
  }

  @Test
  void noCostMeansNoCostPerParticipant() {
    assertThat(ReportFigures.of(withoutCost(SPENT_8000_ON_50)).costPerParticipant()).isNull();
  }

  @Test
  void costPerUnitChangeDividesBySpentOverTheRiseWhereHigherIsBetter() {
    ReportFigures figures = ReportFigures.of(withPrimary(SPENT_8000_ON_50, "40", "80", Direction.INCREASE));
    assertThat(figures.costPerUnitChange()).isEqualByComparingTo("200.00");
    assertThat(figures.changeUnit()).isEqualTo("percentage points");
  }

  @Test
  void whereLowerIsBetterTheFallIsTheImprovement() {
    assertThat(ReportFigures.of(withPrimary(SPENT_8000_ON_50, "30", "10", Direction.DECREASE)).costPerUnitChange())
        .isEqualByComparingTo("400.00");
  }

  @Test
  void noChangeOrAChangeTheWrongWayIsSkipped() {
    assertThat(ReportFigures.of(withPrimary(SPENT_8000_ON_50, "30", "30", Direction.DECREASE)).costPerUnitChange())
        .isNull();
    assertThat(ReportFigures.of(withPrimary(SPENT_8000_ON_50, "30", "35", Direction.DECREASE)).costPerUnitChange())
        .isNull();
    assertThat(ReportFigures.of(withPrimary(SPENT_8000_ON_50, "30", "25", Direction.INCREASE)).costPerUnitChange())
        .isNull();
  }

  @Test
  void onlyAPrimaryCriterionCountsAndACostIsNeeded() {
    ReportDocument secondaryOnly = with(SPENT_8000_ON_50, Map.of("results", List.of(
        new ReportResult("Calls", "calls", new BigDecimal("10"), new BigDecimal("20"), Direction.INCREASE, false,
            new BigDecimal("30"), true, null))));
    assertThat(ReportFigures.of(secondaryOnly).costPerUnitChange()).isNull();
    assertThat(ReportFigures.of(withoutCost(withPrimary(SPENT_8000_ON_50, "40", "80", Direction.INCREASE)))
        .costPerUnitChange()).isNull();
  }

  @Test
  void aSuccessWasScaledAndAStopOnInconclusiveEvidenceIsInconclusive() {
    ReportDocument success = TestPilots.report("ZZF", "PIL-2026-0002", "Worked", ReportDocument.SUCCEEDED,
        "HOUSING", "Lessons");
    assertThat(ReportFigures.of(success).ending()).isEqualTo(ReportFigures.Ending.SCALED);
    assertThat(ReportFigures.of(SPENT_8000_ON_50).ending()).isEqualTo(ReportFigures.Ending.STOPPED);
    assertThat(ReportFigures.of(gate(SPENT_8000_ON_50, "INCONCLUSIVE")).ending())
        .isEqualTo(ReportFigures.Ending.INCONCLUSIVE);
    assertThat(ReportFigures.of(gate(SPENT_8000_ON_50, "STOP")).ending()).isEqualTo(ReportFigures.Ending.STOPPED);
  }

  @Test
  void eachPartnerSectorCountsOnce() {
    ReportDocument partnered = with(SPENT_8000_ON_50, Map.of("partners", List.of(
        new Partner("Go Buses", Partner.Sector.UNIVERSAL_SERVICE_PROVIDER, "Drivers"),
        new Partner("Royal Mail", Partner.Sector.UNIVERSAL_SERVICE_PROVIDER, "Posties"),
        new Partner("Age UK", Partner.Sector.THIRD_SECTOR, "Visits"))));
    assertThat(ReportFigures.of(partnered).partnerSectors()).containsExactly("THIRD_SECTOR",
        "UNIVERSAL_SERVICE_PROVIDER");
  }

  /** The report with a primary criterion in percentage points, from baseline to actual. */
  static ReportDocument withPrimary(ReportDocument report, String baseline, String actual, Direction direction) {
    return with(report, Map.of("results", List.of(new ReportResult("Residents reached", "percentage points",
        new BigDecimal(baseline), new BigDecimal(actual), direction, true, new BigDecimal(actual), true, null))));
  }

  static ReportDocument gate(ReportDocument report, String recommendation) {
    return with(report, Map.of("gate", Map.of("recommendation", recommendation, "rationale", "Why",
        "decision", "STOP", "justification", "Because")));
  }

  static ReportDocument withoutCost(ReportDocument report) {
    Map<String, Object> json = json(report);
    json.remove("costSpent");
    return ProcessData.convert(json, ReportDocument.class);
  }

  /** The report with these fields changed, as the library's JSON would carry them. */
  static ReportDocument with(ReportDocument report, Map<String, Object> fields) {
    Map<String, Object> json = json(report);
    fields.forEach((name, value) -> json.put(name, ProcessData.convert(value, Object.class)));
    return ProcessData.convert(json, ReportDocument.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(ReportDocument report) {
    return ProcessData.convert(report, Map.class);
  }
}
