package org.pilotgate.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.library.ReportDocument.HarmResult;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.report.ReportObligations;
import org.pilotgate.report.ReportResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public library pages through real HTTP, as a stranger's browser sees them: search with its
 * filters and pages, a report, the compliance view, a missing report, and basic accessibility.
 * The reports belong to a council code made up for this run and share a word made up for it, so
 * other tests' reports (on a shared database) change none of the counts; their text shares no word
 * with the proposals of the prior-work tests, which may run on the same database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryPagesTest {

  @LocalServerPort int port;
  @Autowired LibraryStore store;
  @Autowired LibraryIndex index;
  @Autowired ReportObligations obligations;

  private final Random random = new Random();
  /** This run's council and a word only this run's reports contain. */
  private final String council = "PG" + letters(6).toUpperCase(Locale.ROOT);
  private final String word = "quillet" + (100000 + random.nextInt(900000));

  private ReportDocument failure;
  private ReportDocument success;
  private ReportDocument secondFailure;
  private ReportDocument hostile;
  private ReportDocument similarToFailure;

  @BeforeAll
  void publishReports() {
    failure = failureReport();
    success = TestPilots.report(council, "PIL-2026-0002", "Planning advice surgeries in libraries",
        ReportDocument.SUCCEEDED, "PLANNING", "Book rooms early: the " + word + " clinics filled fast.");
    secondFailure = TestPilots.report(council, "PIL-2026-0003", "Food waste caddies for flats", ReportDocument.FAILED,
        "WASTE_AND_RECYCLING", "Bin stores were too small for the " + word + " caddies.");
    hostile = TestPilots.report(council, "PIL-2026-0004", "<em>Escaped</em> & safe", ReportDocument.FAILED,
        "COMMUNITY_SAFETY", "<script>alert('x')</script> " + word + " must be shown as text.");
    similarToFailure = TestPilots.report(council, "PIL-2026-0005", "Rent reminders sent by post to tenants",
        ReportDocument.FAILED, "HOUSING", "Letters arrived after the rent was due.");
    for (ReportDocument report : List.of(failure, success, secondFailure, hostile, similarToFailure)) {
      assertThat(store.publishOnce(report, "library-pages-" + report.globalId())).isTrue();
    }
    index.catchUp();
  }

  @Test
  void aStrangerFindsAFailureByAWordFromItsLessonsWithTheWordHighlighted() {
    HttpResponse<String> page = browser().getPage("/library?q=" + word);

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("4 reports found")
        .contains(">Rent reminders by text message</a>")
        .contains("href=\"" + LibraryIndex.reportPath(failure.globalId()) + "\"")
        .contains("<mark>" + word + "</mark>")
        .contains("govuk-tag govuk-tag--red\">Failed<")
        .contains("govuk-tag govuk-tag--green\">Succeeded<")
        .contains("Housing").contains("Planning")
        .doesNotContain("Rent reminders sent by post");
    // the search box shows what was searched for
    assertThat(html).containsPattern("<input[^>]*id=\"q\"[^>]*value=\"" + word + "\"");
  }

  @Test
  void reportTextIsEscapedAndOnlyTheHighlightIsMarkup() {
    String html = browser().getPage("/library?q=" + word).body();

    assertThat(html).contains("&lt;em&gt;Escaped&lt;/em&gt; &amp; safe")
        .doesNotContain("<em>Escaped</em>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>alert");
    // what the reader typed is shown back as text too
    String echoed = browser().getPage("/library?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E").body();
    assertThat(echoed).doesNotContain("<script>alert(1)").contains("value=\"&quot;&gt;&lt;script&gt;alert(1)");
  }

  @Test
  void filtersNarrowTheResults() {
    HttpTestClient browser = browser();

    assertThat(browser.getPage("/library?q=" + word + "&outcome=FAILED").body()).contains("3 reports found")
        .doesNotContain("Planning advice surgeries");
    String planning = browser.getPage("/library?q=" + word + "&serviceArea=PLANNING").body();
    assertThat(planning).contains("1 report found").contains("Planning advice surgeries")
        .doesNotContain("Rent reminders by text message")
        .containsPattern("<option value=\"PLANNING\" selected=\"selected\">Planning</option>");
    assertThat(browser.getPage("/library?q=" + word + "&failureReason=PARTNER").body()).contains("1 report found")
        .contains("Rent reminders by text message");
    assertThat(browser.getPage("/library?q=" + word + "&evidenceLevel=2").body()).contains("1 report found")
        .contains("Rent reminders by text message");
    assertThat(browser.getPage("/library?q=" + word + "&year=" + failure.year()).body()).contains("4 reports found");
    assertThat(browser.getPage("/library?q=" + word + "&year=1999").body()).contains("No reports found");
    // a council is found whatever the case it is typed in
    assertThat(browser.getPage("/library?council=" + council.toLowerCase(Locale.ROOT)).body())
        .contains("5 reports found");
    assertThat(browser.getPage("/library?q=" + word + "&council=NOSUCHCOUNCIL").body()).contains("No reports found");
  }

  @Test
  void aYearThatIsNotAYearIsExplainedTheGovukWay() {
    String html = browser().getPage("/library?q=" + word + "&year=20x6").body();

    assertThat(html).contains("<title>Error: ")
        .contains("govuk-error-summary")
        .contains("<a href=\"#year\">Enter the year as 4 digits, for example 2026</a>")
        .contains("govuk-form-group--error")
        .containsPattern("<input[^>]*id=\"year\"[^>]*aria-describedby=\"year-hint year-error\"")
        // the rest of the search still runs
        .contains("4 reports found");
    assertAccessible(html);
  }

  @Test
  void resultsComeAPageAtATime() {
    HttpTestClient browser = browser();
    String base = "/library?council=" + council + "&size=2";

    String first = browser.getPage(base).body();
    assertThat(first).contains("5 reports found");
    assertThat(titlesOn(first)).hasSize(2);
    // newest first without words
    assertThat(titlesOn(first)).containsExactly("Rent reminders sent by post to tenants",
        "&lt;em&gt;Escaped&lt;/em&gt; &amp; safe");
    assertThat(first).contains("class=\"govuk-pagination\"").contains("aria-label=\"Page 3\"")
        .contains("rel=\"next\"").doesNotContain("rel=\"prev\"")
        .contains("href=\"/library?council=" + council + "&amp;size=2&amp;page=2\"");

    String second = browser.getPage(base + "&page=2").body();
    assertThat(titlesOn(second)).containsExactly("Food waste caddies for flats", "Planning advice surgeries in libraries");
    assertThat(second).contains("<ol class=\"govuk-list library-results\" start=\"3\"")
        .containsPattern("aria-label=\"Page 2\"\\s+aria-current=\"page\"")
        .contains("rel=\"prev\"").contains("rel=\"next\"");

    String last = browser.getPage(base + "&page=3").body();
    assertThat(titlesOn(last)).containsExactly("Rent reminders by text message");
    assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

    // nonsense and absurd page numbers are read as pages, not failures
    assertThat(titlesOn(browser.getPage(base + "&page=abc").body())).isEqualTo(titlesOn(first));
    HttpResponse<String> far = browser.getPage(base + "&page=999999999");
    assertThat(far.statusCode()).isEqualTo(200);
    assertThat(titlesOn(far.body())).isEmpty();
  }

  @Test
  void theLibraryPageLinksTheFeedTheApiAndCompliance() {
    String html = browser().getPage("/library").body();

    assertThat(html).containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]*href=\"/library/feed.atom\"")
        .contains("<a class=\"govuk-link\" href=\"/library/feed.atom\">")
        .contains("href=\"/api/library/reports\"")
        .contains("href=\"/library/compliance\"");
    assertThat(browser().getPage("/library?q=" + word + "&outcome=FAILED").body())
        .contains("href=\"/api/library/reports?q=" + word + "&amp;outcome=FAILED\"")
        .contains("href=\"/library/what-works?q=" + word + "&amp;outcome=FAILED\"");
  }

  @Test
  void aReportPageShowsTheRegistrationTheCriteriaTheGateAndTheLessons() {
    HttpResponse<String> page = browser().getPage(LibraryIndex.reportPath(failure.globalId()));

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("<h1 class=\"govuk-heading-xl\">Rent reminders by text message</h1>")
        .contains("govuk-tag govuk-tag--red\">Failed<")
        .contains(council + "/PIL-2026-0001")
        // registration
        .contains("Tenants slip into arrears without noticing.")
        .contains("Text messages three days before rent is due")
        .contains("2 sites, 400 participants")
        .contains("Text Partners Ltd").contains("Private company")
        // criteria, with what happened
        .contains("Tenants in arrears").contains("Should go down").contains(">310<").contains(">280<")
        .contains(">305.5<").contains("Numbers barely moved")
        .contains("Tenants reached").contains("Should go up").contains("Not measured")
        .contains("(primary)").contains("(secondary)")
        // outcome switching
        .contains("Outcome switching").contains("Success criterion &#39;Tenants in arrears&#39; target: 290 → 280")
        // harm limits
        .contains("Complaints about messages").contains("Goes above the limit")
        // gate
        .contains("Adapt and plan the trial again").contains("Recommendation").contains("The partner left.")
        // why it failed, lessons, cost, trial
        .contains("Partner: a partner could not deliver or pulled out")
        .contains("The text provider went out of business.")
        .contains("Check tenants&#39; phone numbers first: the " + word + " list was out of date.")
        .contains("£15,000").contains("£9,250.50").contains("£5,749.50 under budget")
        .contains("1 April 2026 to 30 June 2026")
        .contains("Yes: Cost: it was costing too much").contains("The provider doubled its price.")
        // similar reports, without the report itself
        .contains("Similar reports")
        .contains("href=\"" + LibraryIndex.reportPath(similarToFailure.globalId()) + "\"")
        .doesNotContain("href=\"" + LibraryIndex.reportPath(failure.globalId()) + "\"");
    assertThat(html).doesNotContain("What worked");
    assertAccessible(html);
  }

  @Test
  void aReportWithoutSwitchedCriteriaShowsNoOutcomeSwitchingWarning() {
    assertThat(browser().getPage(LibraryIndex.reportPath(success.globalId())).body())
        .doesNotContain("Outcome switching");
  }

  @Test
  void aSuccessReportShowsWhatWorked() {
    String html = browser().getPage(LibraryIndex.reportPath(success.globalId())).body();

    assertThat(html).contains("govuk-tag govuk-tag--green\">Succeeded<")
        .contains("Book rooms early: the " + word + " clinics filled fast.")
        .doesNotContain("Why it did not work");
  }

  @Test
  void anUnknownReportIsAGovukPageNotFound() {
    HttpResponse<String> page = browser().getPage("/library/reports/" + council + "/PIL-1999-9999");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">Page not found</h1>")
        .contains("href=\"/library\"");
    assertAccessible(page.body());
  }

  @Test
  void theCompliancePageCountsOverdueReportsPerYear() {
    // 2012: one report on time, one late, one never published; the same ids every run, so a second run adds nothing
    obligations.owe("library-pages-2012-on-time", "PIL-2012-0901", "Reported on time", at("2012-03-01"), at("2012-05-24"));
    obligations.published("library-pages-2012-on-time", at("2012-05-01"));
    obligations.owe("library-pages-2012-late", "PIL-2012-0902", "Reported late", at("2012-04-01"), at("2012-06-24"));
    obligations.published("library-pages-2012-late", at("2012-08-01"));
    obligations.owe("library-pages-2012-overdue", "PIL-2012-0903", "Never reported", at("2012-06-01"),
        at("2012-08-24"));

    HttpResponse<String> page = browser().getPage("/library/compliance");

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    String year = between(html, "<tr class=\"govuk-table__row\" id=\"year-2012\">", "</tr>");
    assertThat(count(year, "stopped")).isEqualTo("3");
    assertThat(count(year, "ongoing")).isEqualTo("0");
    assertThat(count(year, "overdue")).isEqualTo("1");
    assertThat(count(year, "on-time")).isEqualTo("1");
    assertThat(count(year, "late")).isEqualTo("1");
    assertThat(count(year, "share")).isEqualTo("33%");

    String overdue = rowContaining(html, "PIL-2012-0903");
    assertThat(overdue).contains("Never reported").contains("1 June 2012").contains("24 August 2012")
        .contains("govuk-tag govuk-tag--red\">Overdue<");
    assertThat(rowContaining(html, "PIL-2012-0902")).contains("govuk-tag govuk-tag--orange\">Reported late<")
        .contains("href=\"/library/reports/DEMO/PIL-2012-0902\"");
    assertThat(rowContaining(html, "PIL-2012-0901")).contains("govuk-tag govuk-tag--green\">Reported on time<");
    assertThat(html).contains("<span>12 weeks</span>");
    assertAccessible(html);
  }

  @Test
  void thePagesMeetBasicAccessibilityAndBrandRules() {
    HttpTestClient browser = browser();
    for (String path : List.of("/library", "/library?q=" + word, "/library/compliance", "/library/what-works",
        LibraryIndex.reportPath(success.globalId()))) {
      HttpResponse<String> page = browser.getPage(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertAccessible(page.body());
    }
    String search = browser.getPage("/library").body();
    assertThat(labelledControls(search)).as("every search and filter control has a label")
        .containsExactlyInAnyOrder("q", "outcome", "serviceArea", "failureReason", "council", "year", "evidenceLevel");
    assertThat(Pattern.compile("<option value=\"[A-Z_]+\">").matcher(between(search, "id=\"serviceArea\"", "</select>"))
        .results().count()).as("the 12 service areas").isEqualTo(12);
    assertThat(search).contains(">Children&#39;s services</option>").contains(">Waste and recycling</option>");

    HttpResponse<String> css = browser.get("/library/assets/library.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains("font-family: arial, sans-serif").doesNotContainIgnoringCase("GDS Transport")
        .doesNotContain("@font-face");
    assertThat(browser.get("/library/assets/library.js").statusCode()).isEqualTo(200);
    assertThat(browser.get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").statusCode())
        .isEqualTo(200);
    assertThat(browser.get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js").statusCode())
        .isEqualTo(200);
  }

  @Test
  void onlyTheSearchSnippetIsRenderedUnescaped() throws Exception {
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/library"))) {
      List<String> unescaped = new ArrayList<>();
      for (Path template : templates.filter(Files::isRegularFile).toList()) {
        Matcher utext = Pattern.compile("th:utext=\"([^\"]*)\"").matcher(Files.readString(template));
        while (utext.find()) {
          unescaped.add(template.getFileName() + ": " + utext.group(1));
        }
      }
      assertThat(unescaped).containsExactly("search.html: ${hit.snippet()}");
    }
  }

  /** One h1, headings in order, lang, a skip link first, labelled controls, no GOV.UK crown or typeface. */
  private static void assertAccessible(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\" class=\"govuk-template\"");
    List<Integer> headings = Pattern.compile("<h([1-6])[\\s>]").matcher(html).results()
        .map(m -> Integer.parseInt(m.group(1))).toList();
    assertThat(headings.stream().filter(level -> level == 1)).as("one h1").hasSize(1);
    int previous = 1;
    for (int level : headings) {
      assertThat(level).as("heading levels in %s go down one at a time", headings).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    int body = html.indexOf("<body");
    assertThat(html.indexOf("<a ", body)).as("the skip link is the first link")
        .isEqualTo(html.indexOf("<a href=\"#main-content\" class=\"govuk-skip-link\"", body));
    assertThat(html).contains("<main class=\"govuk-main-wrapper\" id=\"main-content\"");
    for (String id : controls(html)) {
      assertThat(html).as("a label for #" + id).containsPattern("<label [^>]*for=\"" + id + "\"");
    }
    for (String forId : Pattern.compile("<label [^>]*for=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1))
        .toList()) {
      assertThat(html).as("the control labelled " + forId).containsPattern("<(input|select|textarea) [^>]*id=\"" + forId + "\"");
    }
    assertThat(html).doesNotContain("govuk-logo").doesNotContain("govuk-header__logotype")
        .doesNotContain("govuk-crest").doesNotContainIgnoringCase("GDS Transport").doesNotContain("<svg class=\"govuk-header")
        .doesNotContain("favicon").doesNotContain("GOV.UK");
    assertThat(html).contains("PilotGate learning library</a>");
  }

  private static List<String> controls(String html) {
    return Pattern.compile("<(input|select|textarea) [^>]*>").matcher(html).results().map(m -> m.group())
        .filter(tag -> !tag.contains("type=\"hidden\""))
        .map(tag -> between(tag, "id=\"", "\"")).toList();
  }

  private static List<String> labelledControls(String html) {
    return controls(html).stream().filter(id -> Pattern.compile("<label [^>]*for=\"" + id + "\"").matcher(html).find())
        .toList();
  }

  private static List<String> titlesOn(String html) {
    return Pattern.compile("<h3 class=\"govuk-heading-s library-result__title\">\\s*<a [^>]*>([^<]*)</a>").matcher(html)
        .results().map(m -> m.group(1)).toList();
  }

  private static String count(String row, String name) {
    return between(row, "data-count=\"" + name + "\">", "<");
  }

  private static String rowContaining(String html, String text) {
    int at = html.indexOf(text);
    assertThat(at).as(text + " on the page").isNotNegative();
    return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'" + start + "' in the page").isNotNegative();
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static Instant at(String day) {
    return LocalDate.parse(day).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
  }

  private HttpTestClient browser() {
    return HttpTestClient.anonymous(port);
  }

  private String letters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  @Test
  void readersSeeTheCouncilsNameAndAPeerWithoutOneByItsCode() {
    String ownWord = "tamsinore" + (100000 + random.nextInt(900000));
    ReportDocument own = TestPilots.report("DEMO", "PIL-2027-" + (1000 + random.nextInt(9000)), "Ward surgeries online",
        ReportDocument.FAILED, "CUSTOMER_SERVICES", "Nobody came to the " + ownWord + " surgeries.");
    store.publishOnce(own, "library-pages-" + own.globalId());
    index.catchUp();

    String search = browser().getPage("/library?q=" + ownWord).body();
    assertThat(search).contains("<dt>Council:</dt> <dd>Demo Council</dd>").doesNotContain("<dd>DEMO</dd>")
        .as("addresses keep the code").contains("href=\"" + LibraryIndex.reportPath(own.globalId()) + "\"");
    String report = browser().getPage(LibraryIndex.reportPath(own.globalId())).body();
    assertThat(report).contains("Failure report from Demo Council")
        .containsPattern("Council</dt>\\s*<dd class=\"govuk-summary-list__value\">Demo Council</dd>");
    assertThat(browser().getPage("/library/compliance").body()).contains("<span>Demo Council</span>");

    // this run's made-up council is no one PilotGate knows a name for: its code is what is known
    assertThat(browser().getPage("/library?q=" + word).body()).contains("<dt>Council:</dt> <dd>" + council + "</dd>");
    assertThat(browser().getPage(LibraryIndex.reportPath(success.globalId())).body())
        .contains("Success report from " + council);
  }

  /** A failure report with everything a council publishes. */
  private ReportDocument failureReport() {
    return new ReportDocument(ReportDocument.globalId(council, "PIL-2026-0001"), council, "PIL-2026-0001",
        ReportDocument.FAILED, "Rent reminders by text message", "Tenants got a text before their rent was due.",
        "HOUSING", "Tenants slip into arrears without noticing.", "If tenants are reminded, fewer slip behind.",
        new Registration.Intervention("BEHAVIOURAL_NUDGE", "Text messages three days before rent is due", "The income team",
            "Ashfield and Brookside", "Monthly"),
        2, 400, new BigDecimal("15000"),
        List.of(new Partner("Text Partners Ltd", Partner.Sector.PRIVATE, "Sends the messages")), 2,
        List.of("Success criterion 'Tenants in arrears' target: 290 → 280"),
        new ReportDocument.Trial(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30"), "Ashfield and Brookside",
            "Arrears report each month", 0,
            new ReportDocument.EarlyStop("COST", "The provider doubled its price.")),
        List.of(new ReportResult("Tenants in arrears", "tenants", new BigDecimal("310"), new BigDecimal("280"),
                SuccessCriterion.Direction.DECREASE, true, new BigDecimal("305.50"), false, "Numbers barely moved"),
            new ReportResult("Tenants reached", "per cent", new BigDecimal("0"), new BigDecimal("90"),
                SuccessCriterion.Direction.INCREASE, false, null, null, null)),
        List.of(new HarmResult("Complaints about messages", "per month", new BigDecimal("10"), HarmLimit.Breach.ABOVE,
            new BigDecimal("2"), false)),
        2, "Arrears dropped slightly in Ashfield.", "None recorded",
        new ReportDocument.Gate("ADAPT", "One primary criterion of one missed", "STOP", "The partner left."),
        "Monthly texts to tenants in Ashfield and Brookside", null, null, List.of("IMPLEMENTATION", "PARTNER"),
        "The text provider went out of business.",
        "Check tenants' phone numbers first: the " + word + " list was out of date.", new BigDecimal("9250.50"),
        Instant.now());
  }
}
