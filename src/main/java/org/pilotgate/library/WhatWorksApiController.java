package org.pilotgate.library;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "What works" as open data: the figures of the public page, over the reports the same filters match. */
@RestController
@Tag(name = "Learning library")
class WhatWorksApiController {

  static final String PATH = "/api/library/what-works";

  private final LibraryIndex index;
  private final Insights insights;

  WhatWorksApiController(LibraryIndex index, Insights insights) {
    this.index = index;
    this.insights = insights;
  }

  /** The figures, and beside them every published insight (the filters do not narrow the insights). */
  @Schema(name = "WhatWorksWithInsights")
  record Answer(@JsonUnwrapped WhatWorks figures, InsightList insights) {}

  record InsightList(@Schema(description = "How many insights are published") int count, List<InsightLink> items) {}

  record InsightLink(String title, @Schema(description = "The council's code, e.g. DEMO") String council,
      @Schema(description = "The insight's public page") String url, Instant publishedAt,
      @Schema(description = "The global ids of the library reports it draws on") List<String> reports) {

    static InsightLink of(Insight insight) {
      return new InsightLink(insight.title(), insight.council(), Insights.path(insight.id()), insight.publishedAt(),
          insight.reports());
    }
  }

  @GetMapping(PATH)
  @Operation(summary = "What works, over the reports the filters match",
      description = "Counts over every published report in the library, this council's and those imported from "
          + "peers, that the words and filters match (the same as GET /api/library/reports): `pilots`; "
          + "`byServiceArea`; `byInterventionKind` (the kind chosen in the proposal, e.g. OUTREACH; "
          + "NOT_RECORDED: a report from before the kind was asked); `byPartnerSector` (a pilot with partners "
          + "in two sectors counts in both; `NONE`: no partner named); `endings` with their shares of all "
          + "pilots, from 0 to 1 (SCALED: it succeeded; INCONCLUSIVE: stopped when the evaluation recommended "
          + "INCONCLUSIVE; STOPPED: every other stop); `costPerParticipant` (spent ÷ planned participants) and "
          + "`costPerUnitChange` (spent ÷ how far the first primary criterion moved the way it was meant to, "
          + "baseline − actual where lower is better), each the median in pounds over the `counted` reports, "
          + "`skipped` being those that record too little or whose primary outcome did not improve; "
          + "`byEvidenceLevel` (1 to 5, then NOT_RECORDED). `insights`: the champions' published \"what works\" "
          + "notes, whatever the filters: their `count` and, per note, its title, council, page (`url`), "
          + "publication time and the global ids of the `reports` it draws on.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The figures",
              content = @Content(mediaType = "application/json", schema = @Schema(implementation = Answer.class))),
          @ApiResponse(responseCode = "400", description = "A year or evidence level that is not a whole number")})
  Answer whatWorks(
      @Parameter(description = "Words from the reports, as in the search") @RequestParam(required = false) String q,
      @Parameter(description = "FAILED or SUCCEEDED") @RequestParam(required = false) String outcome,
      @Parameter(description = "A service area code, e.g. HOUSING") @RequestParam(required = false) String serviceArea,
      @Parameter(description = "A failure reason code, e.g. THEORY") @RequestParam(required = false) String failureReason,
      @Parameter(description = "A council code, e.g. BRS") @RequestParam(required = false) String council,
      @Parameter(description = "The year the report was published") @RequestParam(required = false) Integer year,
      @Parameter(description = "Evidence level, 1 to 5") @RequestParam(required = false) Integer evidenceLevel) {
    List<Insight> published = insights.published();
    return new Answer(index.whatWorks(new LibraryQuery(q, outcome, serviceArea, failureReason, council, year,
        evidenceLevel, 1, LibraryQuery.MAX_SIZE)),
        new InsightList(published.size(), published.stream().map(InsightLink::of).toList()));
  }
}
