package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.process.ProcessData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Search finds reports by what they say, stems English words, ranks the better match first, and filters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LibrarySearchTest {

  @Autowired LibraryStore store;
  @Autowired LibraryIndex index;

  @BeforeEach
  void publishOnce() {
    publish("ZZA", "PIL-2024-0001", "Gritting rota shared with farmers", "FAILED", "ENVIRONMENT",
        "Farmers stopped gritting after the insurance question came up");
    publish("ZZA", "PIL-2024-0002", "Zebracrossing wardens at school gates", "SUCCEEDED", "COMMUNITY_SAFETY",
        "Parents volunteered when the head teacher asked them in person");
    publish("ZZB", "PIL-2024-0003", "Parking permits online", "FAILED", "TRANSPORT",
        "A zebracrossing survey was mentioned once in passing");
    store.publishOnce(decidedAtTheGate(TestPilots.report("ZZC", "PIL-2024-0004", "Night buses to the hospital",
        "FAILED", "TRANSPORT", "Riders moved to taxis"), "STOP"), "search-ZZC/PIL-2024-0004");
    index.catchUp();
  }

  /** The report with the gate's decision, as the library's JSON would carry it. */
  @SuppressWarnings("unchecked")
  private static ReportDocument decidedAtTheGate(ReportDocument report, String decision) {
    Map<String, Object> json = ProcessData.convert(report, Map.class);
    json.put("gate", Map.of("recommendation", decision, "rationale", "Targets missed", "decision", decision,
        "justification", "The costs were too high"));
    return ProcessData.convert(json, ReportDocument.class);
  }

  @Test
  void findsAReportByAWordInItsLessons() {
    assertThat(ids(search("insurance"))).contains("ZZA/PIL-2024-0001");
  }

  @Test
  void findsStemmedForms() {
    assertThat(ids(search("volunteering parent"))).contains("ZZA/PIL-2024-0002");
    assertThat(ids(search("stopping"))).contains("ZZA/PIL-2024-0001");
  }

  @Test
  void findsAPilotStoppedAtTheGateByWhatTheReportShows() {
    for (String word : List.of("stop", "stopped", "stopping")) {
      assertThat(ids(search(word))).as(word).contains("ZZC/PIL-2024-0004").doesNotContain("ZZA/PIL-2024-0002");
    }
  }

  @Test
  void ranksATitleMatchAboveAPassingMention() {
    List<String> ranked = ids(search("zebracrossing"));
    assertThat(ranked).containsSubsequence("ZZA/PIL-2024-0002", "ZZB/PIL-2024-0003");
  }

  @Test
  void highlightsTheMatchedWordsInTheSnippet() {
    SearchPage.Hit hit = search("insurance").hits().stream()
        .filter(h -> h.globalId().equals("ZZA/PIL-2024-0001")).findFirst().orElseThrow();
    assertThat(hit.snippet()).contains("<mark>insurance</mark>");
  }

  @Test
  void filtersNarrowTheResults() {
    LibraryQuery failedOnly = new LibraryQuery("zebracrossing", "FAILED", null, null, null, null, null, 1, 20);
    assertThat(ids(index.search(failedOnly))).containsExactly("ZZB/PIL-2024-0003");
    LibraryQuery councilAndReason = new LibraryQuery(null, null, null, "IMPLEMENTATION", "ZZA", null, null, 1, 20);
    assertThat(ids(index.search(councilAndReason))).containsExactly("ZZA/PIL-2024-0001");
    LibraryQuery area = new LibraryQuery(null, null, "COMMUNITY_SAFETY", null, "ZZA", null, 3, 1, 20);
    assertThat(ids(index.search(area))).containsExactly("ZZA/PIL-2024-0002");
  }

  @Test
  void pagesThroughResults() {
    LibraryQuery first = new LibraryQuery(null, null, null, null, "ZZA", null, null, 1, 1);
    LibraryQuery second = new LibraryQuery(null, null, null, null, "ZZA", null, null, 2, 1);
    SearchPage one = index.search(first);
    assertThat(one.total()).isEqualTo(2);
    assertThat(one.pages()).isEqualTo(2);
    assertThat(ids(one)).doesNotContainAnyElementsOf(ids(index.search(second)));
  }

  @Test
  void oddSearchSyntaxDoesNotBreakTheSearch() {
    assertThat(search("insurance AND (").total()).isPositive();
  }

  private SearchPage search(String text) {
    return index.search(LibraryQuery.forText(text));
  }

  private static List<String> ids(SearchPage page) {
    return page.hits().stream().map(SearchPage.Hit::globalId).toList();
  }

  private void publish(String council, String reference, String title, String outcome, String area, String lessons) {
    store.publishOnce(TestPilots.report(council, reference, title, outcome, area, lessons), "search-" + reference);
  }
}
