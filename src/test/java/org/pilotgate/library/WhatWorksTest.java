package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pilotgate.library.ReportFigures.Ending;

/** The statistics of "what works": counts, shares, medians and what was skipped. */
class WhatWorksTest {

  @Test
  void theMedianOfAnOddNumberIsTheMiddleOne() {
    assertThat(WhatWorks.median(money("300", "100", "200"))).isEqualByComparingTo("200");
  }

  @Test
  void theMedianOfAnEvenNumberIsHalfwayBetweenTheMiddleTwo() {
    assertThat(WhatWorks.median(money("10", "40", "1000", "15.01"))).isEqualByComparingTo("27.51");
  }

  @Test
  void thereIsNoMedianOfNothing() {
    assertThat(WhatWorks.median(List.of())).isNull();
    WhatWorks none = WhatWorks.of(List.of());
    assertThat(none.pilots()).isZero();
    assertThat(none.costPerParticipant()).isEqualTo(new WhatWorks.Median(null, 0, 0));
    assertThat(none.endings()).extracting(WhatWorks.Share::share).containsOnly(0.0);
  }

  @Test
  void countsSharesAndMediansOverTheReports() {
    WhatWorks figures = WhatWorks.of(List.of(
        figures("HOUSING", "OUTREACH", Ending.SCALED, List.of("PRIVATE", "THIRD_SECTOR"), 3, "100", "20"),
        figures("HOUSING", null, Ending.STOPPED, List.of(), 1, "300", null),
        figures("TRANSPORT", "OUTREACH", Ending.INCONCLUSIVE, List.of("PRIVATE"), null, null, null),
        figures("TRANSPORT", "PREVENTION", Ending.STOPPED, List.of(), 3, "200", "40")));

    assertThat(figures.pilots()).isEqualTo(4);
    assertThat(figures.byServiceArea()).containsExactly(new WhatWorks.Count("HOUSING", 2),
        new WhatWorks.Count("TRANSPORT", 2));
    assertThat(figures.byInterventionKind()).containsExactly(new WhatWorks.Count("OUTREACH", 2),
        new WhatWorks.Count(WhatWorks.NOT_RECORDED, 1), new WhatWorks.Count("PREVENTION", 1));
    assertThat(figures.byPartnerSector()).containsExactly(new WhatWorks.Count(WhatWorks.NO_PARTNERS, 2),
        new WhatWorks.Count("PRIVATE", 2), new WhatWorks.Count("THIRD_SECTOR", 1));
    assertThat(figures.endings()).containsExactly(new WhatWorks.Share(Ending.SCALED, 1, 0.25),
        new WhatWorks.Share(Ending.STOPPED, 2, 0.5), new WhatWorks.Share(Ending.INCONCLUSIVE, 1, 0.25));
    assertThat(figures.costPerParticipant().median()).isEqualByComparingTo("200");
    assertThat(figures.costPerParticipant().counted()).isEqualTo(3);
    assertThat(figures.costPerParticipant().skipped()).isEqualTo(1);
    assertThat(figures.costPerUnitChange().median()).isEqualByComparingTo("30");
    assertThat(figures.costPerUnitChange().skipped()).isEqualTo(2);
    assertThat(figures.byEvidenceLevel()).containsExactly(new WhatWorks.Count("1", 1), new WhatWorks.Count("3", 2),
        new WhatWorks.Count(WhatWorks.NOT_RECORDED, 1));
  }

  private static ReportFigures figures(String area, String kind, Ending ending, List<String> sectors,
      Integer evidence, String perParticipant, String perUnitChange) {
    return new ReportFigures(area, kind, ending, sectors, evidence, perParticipant == null ? null
        : new BigDecimal(perParticipant), perUnitChange == null ? null : new BigDecimal(perUnitChange), "calls");
  }

  private static List<BigDecimal> money(String... amounts) {
    return Stream.of(amounts).map(BigDecimal::new).toList();
  }
}
