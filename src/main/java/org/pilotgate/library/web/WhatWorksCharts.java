package org.pilotgate.library.web;

import java.util.List;
import java.util.Map;
import org.pilotgate.library.ReportFigures;
import org.pilotgate.library.WhatWorks;
import org.pilotgate.web.Labels;

/** The "what works" page's charts, in people's words, from the figures. */
final class WhatWorksCharts {

  private static final Map<ReportFigures.Ending, String> ENDINGS = Map.of(
      ReportFigures.Ending.SCALED, "Scaled up",
      ReportFigures.Ending.STOPPED, "Stopped",
      ReportFigures.Ending.INCONCLUSIVE, "Stopped, evidence inconclusive");

  private WhatWorksCharts() {}

  static List<BarChart> of(WhatWorks figures, Labels labels) {
    return List.of(
        BarChart.ofCounts("service-areas", "Pilots per service area",
            "Bar chart of the number of pilots in each service area, most first", "Service area",
            figures.byServiceArea(), labels::serviceArea),
        BarChart.ofCounts("intervention-kinds", "Pilots per kind of intervention",
            "Bar chart of the number of pilots of each kind of intervention, most first", "Kind of intervention",
            figures.byInterventionKind(), code -> WhatWorks.NOT_RECORDED.equals(code) ? "Not recorded"
                : labels.interventionKind(code)),
        endings(figures, labels),
        BarChart.ofCounts("partner-sectors", "Pilots per partner sector",
            "Bar chart of the number of pilots with partners in each sector, most first", "Partner sector",
            figures.byPartnerSector(), code -> WhatWorks.NO_PARTNERS.equals(code) ? "No partner named"
                : labels.sectorLabel(code)),
        BarChart.ofCounts("evidence-levels", "Pilots per level of evidence",
            "Bar chart of the number of pilots at each level of evidence, from 1 to 5", "Level of evidence",
            figures.byEvidenceLevel(), code -> WhatWorks.NOT_RECORDED.equals(code) ? "Not recorded"
                : labels.evidenceLevels().get(Integer.valueOf(code))[0]));
  }

  private static BarChart endings(WhatWorks figures, Labels labels) {
    List<BarChart.Bar> bars = figures.endings().stream()
        .map(share -> new BarChart.Bar(ENDINGS.get(share.ending()),
            labels.percent(share.share()) + " (" + share.pilots() + ")", BarChart.length(share.share(), 1)))
        .toList();
    return new BarChart("endings", "How pilots ended",
        "Bar chart of the share of pilots scaled up, stopped, and stopped on inconclusive evidence", "Ending",
        "Share (pilots)", bars);
  }
}
