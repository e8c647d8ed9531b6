package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.SuccessCriterion.Direction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "What works" through real HTTP, signed in as nobody: the page and the JSON API give the same figures,
 * and those are the figures of the reports published for a council made up for this run (so other tests'
 * reports on the shared database change none of them), narrowed by the library's filters; a peer's
 * imported report counts under its own council.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatWorksHttpTest {

  @LocalServerPort int port;
  @Autowired LibraryStore store;
  @Autowired LibraryIndex index;

  private final String council = "WW" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
  private final String peer = council + "P";
  private ReportDocument scaled;

  /**
   * Spent £8,000 each but the last: per participant £160, £160, £400 and none (median £160); per unit of
   * improvement £200, none (worse), £400 (lower is better) and none (median £300).
   */
  @BeforeAll
  void publishReports() {
    scaled = ReportFiguresTest.with(ReportFiguresTest.withPrimary(report("PIL-2026-0001", "SUCCEEDED", "HOUSING"),
        "40", "80", Direction.INCREASE), Map.of("partners",
        List.of(new Partner("Go Buses", Partner.Sector.UNIVERSAL_SERVICE_PROVIDER, "Drivers look out"))));
    ReportDocument worse = ReportFiguresTest.with(ReportFiguresTest.gate(ReportFiguresTest.withPrimary(
        report("PIL-2026-0002", "FAILED", "HOUSING"), "30", "35", Direction.DECREASE), "STOP"),
        Map.of("intervention", Map.of("kind", "PREVENTION", "what", "Smoke alarms fitted on visits")));
    ReportDocument inconclusive = ReportFiguresTest.with(ReportFiguresTest.gate(ReportFiguresTest.withPrimary(
        report("PIL-2026-0003", "FAILED", "TRANSPORT"), "30", "10", Direction.DECREASE), "INCONCLUSIVE"),
        Map.of("plannedParticipants", 20, "evidenceLevel", 1));
    ReportDocument noCost = ReportFiguresTest.with(ReportFiguresTest.withoutCost(
        report("PIL-2026-0004", "FAILED", "TRANSPORT")), Map.of("intervention", Map.of("what", "From before kinds")));
    for (ReportDocument report : List.of(scaled, worse, inconclusive, noCost)) {
      assertThat(store.publishOnce(report, "what-works-" + report.globalId())).isTrue();
    }
    store.importOnce(TestPilots.report(peer, "PIL-2026-0009", "A peer's pilot", "SUCCEEDED", "HOUSING", "Lessons"),
        "http://peer.example");
    index.catchUp();
  }

  @Test
  void theApiCountsTheCouncilsReports() {
    JsonNode figures = api("council=" + council);

    assertThat(figures.get("pilots").asLong()).isEqualTo(4);
    assertThat(counts(figures.get("byServiceArea"))).isEqualTo(Map.of("HOUSING", 2L, "TRANSPORT", 2L));
    assertThat(counts(figures.get("byInterventionKind")))
        .isEqualTo(Map.of("OUTREACH", 2L, "PREVENTION", 1L, WhatWorks.NOT_RECORDED, 1L));
    assertThat(counts(figures.get("byPartnerSector")))
        .isEqualTo(Map.of("UNIVERSAL_SERVICE_PROVIDER", 1L, WhatWorks.NO_PARTNERS, 3L));
    assertThat(counts(figures.get("byEvidenceLevel"))).isEqualTo(Map.of("1", 1L, "3", 3L));
    assertThat(figures.get("endings").findValuesAsText("ending")).containsExactly("SCALED", "STOPPED", "INCONCLUSIVE");
    assertThat(figures.get("endings").findValues("share")).extracting(JsonNode::asDouble).containsExactly(0.25, 0.5,
        0.25);
    assertThat(figures.at("/costPerParticipant/median").decimalValue()).isEqualByComparingTo("160");
    assertThat(figures.at("/costPerParticipant/skipped").asLong()).isEqualTo(1);
    assertThat(figures.at("/costPerUnitChange/median").decimalValue()).isEqualByComparingTo("300");
    assertThat(figures.at("/costPerUnitChange/counted").asLong()).isEqualTo(2);
    assertThat(figures.at("/costPerUnitChange/skipped").asLong()).isEqualTo(2);
  }

  @Test
  void theFiltersOfTheSearchNarrowTheFigures() {
    JsonNode transport = api("council=" + council + "&serviceArea=TRANSPORT");
    assertThat(transport.get("pilots").asLong()).isEqualTo(2);
    assertThat(transport.at("/costPerParticipant/median").decimalValue()).isEqualByComparingTo("400");
    assertThat(api("council=" + council + "&outcome=SUCCEEDED").get("pilots").asLong()).isEqualTo(1);
    assertThat(api("council=" + council + "&evidenceLevel=1").get("pilots").asLong()).isEqualTo(1);
    assertThat(api("council=" + council + "&year=1999").get("pilots").asLong()).isZero();
  }

  /** Each kind's count is the number of reports of that kind the library's own search finds with the same filters. */
  @Test
  void thePilotsPerKindOfInterventionAgreeWithTheReportsTheSearchFinds() {
    for (String filters : List.of("council=" + council, "council=" + council + "&serviceArea=HOUSING",
        "council=" + council + "&outcome=FAILED")) {
      Map<String, Long> fromReports = new java.util.HashMap<>();
      HttpTestClient.json(browser().get("/api/library/reports?" + filters)).path("hits").forEach(hit -> {
        JsonNode report = HttpTestClient.json(browser().get("/api/library/reports/" + hit.get("globalId").asText()));
        JsonNode kind = report.at("/intervention/kind");
        fromReports.merge(kind.isTextual() ? kind.asText() : WhatWorks.NOT_RECORDED, 1L, Long::sum);
      });
      assertThat(counts(api(filters).get("byInterventionKind"))).as(filters).isNotEmpty().isEqualTo(fromReports);
    }
  }

  @Test
  void aPeersImportedReportCountsUnderItsCouncil() {
    JsonNode figures = api("council=" + peer);
    assertThat(figures.get("pilots").asLong()).isEqualTo(1);
    assertThat(figures.at("/costPerParticipant/median").decimalValue()).isEqualByComparingTo("160");
    assertThat(page("?council=" + peer.toLowerCase(Locale.ROOT))).contains("1 pilot<");
  }

  @Test
  void theAnonymousPageShowsTheSameFiguresAsChartsWithTables() {
    String html = page("?council=" + council);

    assertThat(html).contains(">4 pilots<")
        .containsPattern("id=\"cost-per-participant\">£160<")
        .containsPattern("id=\"cost-per-unit-change\">£300<")
        .contains("over 2 pilots; 2 skipped")
        .contains("role=\"img\"")
        .contains("aria-labelledby=\"endings-title endings-desc\"")
        .contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">How pilots ended: the figures</caption>")
        .containsPattern("<th scope=\"row\" class=\"govuk-table__header\">Stopped</th>\\s*"
            + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">50% \\(2\\)</td>")
        .contains(">Universal service provider<")
        .contains("aria-labelledby=\"intervention-kinds-title intervention-kinds-desc\"")
        .containsPattern("<th scope=\"row\" class=\"govuk-table__header\">Outreach</th>\\s*"
            + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>")
        .contains(">Not recorded<")
        .contains("href=\"/api/library/what-works?council=" + council + "\"");
    String transport = page("?council=" + council + "&serviceArea=TRANSPORT");
    assertThat(transport).contains(">2 pilots<").containsPattern("id=\"cost-per-participant\">£400<")
        .containsPattern("<option value=\"TRANSPORT\" selected=\"selected\">Transport</option>");
  }

  @Test
  void aYearThatIsNotAYearIsExplained() {
    assertThat(page("?council=" + council + "&year=twenty")).contains("Error: What works")
        .contains("Enter the year as 4 digits, for example 2026").contains(">4 pilots<");
  }

  @Test
  void eachReportPageShowsItsCostPerParticipantAndPerUnitOfChange() {
    HttpResponse<String> page = browser().getPage(LibraryIndex.reportPath(scaled.globalId()));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsPattern("id=\"intervention-kind\">Outreach<").contains("£160 per planned participant")
        .contains("£200 per percentage points of improvement");
  }

  @Test
  void aYearThatIsNotANumberIsABadRequestToTheApi() {
    HttpResponse<String> response = browser().get("/api/library/what-works?year=twenty");
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void theOpenApiDescriptionExplainsTheFigures() {
    JsonNode operation = HttpTestClient.json(browser().get("/v3/api-docs")).at("/paths/~1api~1library~1what-works/get");
    assertThat(operation.path("description").asText()).contains("costPerUnitChange").contains("lower is better");
    assertThat(operation.path("parameters").findValuesAsText("name")).containsExactlyInAnyOrder("q", "outcome",
        "serviceArea", "failureReason", "council", "year", "evidenceLevel");
  }

  private String page(String query) {
    HttpResponse<String> page = browser().getPage("/library/what-works" + query);
    assertThat(page.statusCode()).as("open to anyone without signing in").isEqualTo(200);
    return page.body();
  }

  private JsonNode api(String query) {
    HttpResponse<String> response = browser().get("/api/library/what-works?" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    return HttpTestClient.json(response);
  }

  private static Map<String, Long> counts(JsonNode counts) {
    Map<String, Long> byCode = new java.util.HashMap<>();
    counts.forEach(count -> byCode.put(count.get("code").asText(), count.get("pilots").asLong()));
    return byCode;
  }

  private ReportDocument report(String reference, String outcome, String serviceArea) {
    return TestPilots.report(council, reference, "What works " + reference, outcome, serviceArea, "Lessons");
  }

  private HttpTestClient browser() {
    return HttpTestClient.anonymous(port);
  }
}
