package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.library.ReportDocument.HarmResult;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.report.ReportDraft;
import org.pilotgate.report.ReportResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.InputSource;

/**
 * The library's Atom feed, JSON and CSV export, report schema and OpenAPI description, through
 * real HTTP without signing in. Other test classes share the database, so every check looks at
 * reports of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LibraryFeedAndExportTest {

  private static final AtomicInteger NUMBER = new AtomicInteger(9500);
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired LibraryStore library;
  @Autowired ReportSchema schema;
  @Autowired ObjectMapper springJson;

  @Test
  void theFeedIsAtomWithALinkToEachReportPage() throws Exception {
    String peerReference = reference();
    library.publishOnce(TestPilots.report("PGFEEDPEER", peerReference, "Street lights " + peerReference, "SUCCEEDED",
        "TRANSPORT", "Dim them after midnight"), "feed-peer-" + peerReference);
    String reference = reference();
    library.publishOnce(TestPilots.report("DEMO", reference, "Smart bins " + reference, "FAILED",
        "WASTE_AND_RECYCLING", "Check the mobile signal before fitting sensors"), "feed-" + reference);
    ReportDocument stored = library.findLocal(reference).orElseThrow().document();

    HttpResponse<String> response = get("/library/feed.atom");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
    assertThat(response.headers().firstValue("Last-Modified")).isPresent();
    assertThat(response.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");

    SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(response.body())));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo("tag:pilotgate,2026:library:DEMO");
    assertThat(feed.getTitle()).as("the council's name, not its code").isEqualTo("PilotGate learning library: Demo Council");
    assertThat(feed.getPublishedDate()).as("the feed's updated date").isNotNull();
    assertThat(feed.getLinks()).anySatisfy(link -> {
      assertThat(link.getRel()).isEqualTo("self");
      assertThat(link.getHref()).isEqualTo(base() + "/library/feed.atom");
    });
    assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(50);

    SyndEntry entry = feed.getEntries().stream()
        .filter(e -> e.getUri().equals("tag:pilotgate,2026:library:report/DEMO/" + reference)).findFirst().orElseThrow();
    assertThat(entry.getTitle()).isEqualTo("Failed: Smart bins " + reference);
    assertThat(entry.getLink()).isEqualTo(base() + "/library/reports/DEMO/" + reference);
    assertThat(entry.getAuthor()).as("the council's name, not its code").isEqualTo("Demo Council");
    assertThat(entry.getDescription().getValue()).contains("Summary of Smart bins " + reference)
        .contains("Check the mobile signal before fitting sensors");
    Instant published = stored.publishedAt().truncatedTo(ChronoUnit.SECONDS);
    assertThat(entry.getPublishedDate().toInstant()).isEqualTo(published);
    assertThat(entry.getUpdatedDate().toInstant()).isEqualTo(published);
    assertThat(entry.getCategories()).extracting(c -> c.getName()).contains("FAILED", "WASTE_AND_RECYCLING", "IMPLEMENTATION");

    SyndEntry peers = feed.getEntries().stream()
        .filter(e -> e.getUri().equals("tag:pilotgate,2026:library:report/PGFEEDPEER/" + peerReference)).findFirst()
        .orElseThrow();
    assertThat(peers.getAuthor()).as("a council PilotGate knows no name for: its code").isEqualTo("PGFEEDPEER");

    // the newest report comes first
    assertThat(feed.getEntries().get(0).getUri()).isEqualTo(entry.getUri());
  }

  @Test
  void theFeedAnswersNotModifiedUntilANewerReportArrives() throws Exception {
    String first = reference();
    library.publishOnce(TestPilots.report("DEMO", first, "Library app", "SUCCEEDED", "CUSTOMER_SERVICES",
        "Lessons"), "feed-" + first);

    HttpResponse<String> feed = get("/library/feed.atom");
    String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(get("/library/feed.atom", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusDays(1));
    assertThat(get("/library/feed.atom", "If-Modified-Since", earlier).statusCode()).isEqualTo(200);
    String etag = feed.headers().firstValue("ETag").orElseThrow();
    assertThat(get("/library/feed.atom", "If-None-Match", etag).statusCode()).isEqualTo(304);

    Thread.sleep(1100); // HTTP dates count whole seconds
    String second = reference();
    library.publishOnce(TestPilots.report("DEMO", second, "Library app two", "FAILED", "CUSTOMER_SERVICES",
        "Lessons"), "feed-" + second);
    HttpResponse<String> newer = get("/library/feed.atom", "If-Modified-Since", lastModified);
    assertThat(newer.statusCode()).isEqualTo(200);
    assertThat(newer.body()).contains("Failed: Library app two");
    assertThat(get("/library/feed.atom", "If-None-Match", etag).statusCode()).isEqualTo(200);
  }

  @Test
  void theJsonExportHoldsEveryReportAndEachMatchesTheCommittedSchema() throws Exception {
    String local = reference();
    library.publishOnce(richReport(local), "export-" + local);
    String imported = reference();
    library.importOnce(TestPilots.report("PEER", imported, "Peer pilot", "SUCCEEDED", "HOUSING", "Peer lessons"),
        "http://peer.example");

    HttpResponse<String> response = get("/api/library/export.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    JsonNode body = JSON.readTree(response.body());

    List<String> problems = exportSchema().validate(body).stream().map(Object::toString).toList();
    assertThat(problems).isEmpty();
    List<JsonNode> reports = list(body.path("reports"));
    assertThat(reports).hasSize((int) library.count());
    for (JsonNode entry : reports) {
      assertThat(schema.problems(entry.path("report"))).as(entry.path("report").path("globalId").asText()).isEmpty();
    }
    assertThat(reports).extracting(r -> r.path("report").path("globalId").asText())
        .contains("DEMO/" + local, "PEER/" + imported);
    assertThat(sequences(reports)).isSorted();
    assertThat(body.path("lastSequence").asLong()).isEqualTo(reports.get(reports.size() - 1).path("sequence").asLong());

    // nothing is lost on the way: the exported rich report reads back as the stored one
    JsonNode rich = reports.stream().filter(r -> r.path("report").path("globalId").asText().equals("DEMO/" + local))
        .findFirst().orElseThrow().path("report");
    assertThat(springJson.treeToValue(rich, ReportDocument.class)).usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(library.findLocal(local).orElseThrow().document());
    assertThat(response.body()).contains("\"budgetRequested\":15000.50");
    assertThat(rich.path("trial").path("stoppedEarly").path("reasonCode").asText()).isEqualTo("HARM");
  }

  @Test
  void peersImportOnlyThisCouncilsReportsAfterASequence() {
    String before = reference();
    library.publishOnce(TestPilots.report("DEMO", before, "Before", "FAILED", "HOUSING", "L"), "peer-" + before);
    long after = library.findLocal(before).orElseThrow().sequence();
    String imported = reference();
    library.importOnce(TestPilots.report("PEER", imported, "Imported", "FAILED", "HOUSING", "L"), "http://peer.example");
    String first = reference();
    library.publishOnce(TestPilots.report("DEMO", first, "First", "FAILED", "HOUSING", "L"), "peer-" + first);
    String second = reference();
    library.publishOnce(TestPilots.report("DEMO", second, "Second", "SUCCEEDED", "HOUSING", "L"), "peer-" + second);

    JsonNode page = HttpTestClient.json(get("/api/library/export.json?after=" + after + "&origin=local"));
    List<JsonNode> reports = list(page.path("reports"));
    assertThat(reports).extracting(r -> r.path("report").path("globalId").asText())
        .contains("DEMO/" + first, "DEMO/" + second)
        .doesNotContain("PEER/" + imported, "DEMO/" + before)
        .allSatisfy(id -> assertThat(id).startsWith("DEMO/"));
    assertThat(sequences(reports)).isSorted().allSatisfy(sequence -> assertThat(sequence).isGreaterThan(after));
    assertThat(page.path("lastSequence").asLong()).isEqualTo(reports.get(reports.size() - 1).path("sequence").asLong());

    JsonNode one = HttpTestClient.json(get("/api/library/export.json?after=" + after + "&origin=local&limit=1"));
    assertThat(list(one.path("reports"))).hasSize(1);
    assertThat(one.path("reports").path(0).path("report").path("globalId").asText()).isEqualTo("DEMO/" + first);
    long firstSequence = one.path("lastSequence").asLong();
    assertThat(firstSequence).isEqualTo(one.path("reports").path(0).path("sequence").asLong());

    // the imported report is in the export without origin=local
    JsonNode all = HttpTestClient.json(get("/api/library/export.json?after=" + after));
    assertThat(list(all.path("reports"))).extracting(r -> r.path("report").path("globalId").asText())
        .contains("PEER/" + imported, "DEMO/" + first);

    // caught up: no reports, and lastSequence stays where the peer asked from
    long newest = library.newest(1).get(0).sequence();
    JsonNode none = HttpTestClient.json(get("/api/library/export.json?after=" + newest + "&origin=local"));
    assertThat(list(none.path("reports"))).isEmpty();
    assertThat(none.path("lastSequence").asLong()).isEqualTo(newest);

    assertThat(get("/api/library/export.json?origin=peers").statusCode()).isEqualTo(400);
    assertThat(get("/api/library/export.json?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void theExportAnswersNotModifiedToItsETagUntilAReportArrives() {
    String reference = reference();
    library.publishOnce(TestPilots.report("DEMO", reference, "ETag", "FAILED", "PLANNING", "L"), "etag-" + reference);
    long after = library.findLocal(reference).orElseThrow().sequence() - 1;

    for (String path : List.of("/api/library/export.json", "/api/library/export.csv",
        "/api/library/export.json?origin=local&after=" + after)) {
      HttpResponse<String> first = get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).as(path).startsWith("W/\"");
      HttpResponse<String> again = get(path, "If-None-Match", etag);
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(get(path, "If-None-Match", "W/\"0-0\"").statusCode()).as(path).isEqualTo(200);
    }

    String paged = "/api/library/export.json?origin=local&after=" + after;
    String etag = get(paged).headers().firstValue("ETag").orElseThrow();
    String whole = get("/api/library/export.json").headers().firstValue("ETag").orElseThrow();
    String next = reference();
    library.publishOnce(TestPilots.report("DEMO", next, "ETag two", "FAILED", "PLANNING", "L"), "etag-" + next);
    assertThat(get(paged, "If-None-Match", etag).statusCode()).isEqualTo(200);
    assertThat(get("/api/library/export.json", "If-None-Match", whole).statusCode()).isEqualTo(200);
  }

  @Test
  void theCsvExportHasAHeaderAndARowPerReport() throws Exception {
    String reference = reference();
    library.publishOnce(TestPilots.report("DEMO", reference, "=HYPERLINK(\"http://evil.example\")", "FAILED",
        "TRANSPORT", "Ask drivers first, then \"pilot\",\nand write it down"), "csv-" + reference);

    HttpResponse<String> response = get("/api/library/export.csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(response.body())).getRecords();
    assertThat(response.body()).startsWith("globalId,council,reference,outcome,title,serviceArea,publishedAt,"
        + "evidenceLevel,failureReasonCodes,budgetRequested,costSpent,lessonsForOthers,url\r\n");
    assertThat(rows).hasSize(list(HttpTestClient.json(get("/api/library/export.json")).path("reports")).size());
    assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(13));

    CSVRecord row = rows.stream().filter(r -> r.get("globalId").equals("DEMO/" + reference)).findFirst().orElseThrow();
    ReportDocument stored = library.findLocal(reference).orElseThrow().document();
    assertThat(row.get("council")).isEqualTo("DEMO");
    assertThat(row.get("reference")).isEqualTo(reference);
    assertThat(row.get("outcome")).isEqualTo("FAILED");
    assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\")"); // not run as a formula
    assertThat(row.get("serviceArea")).isEqualTo("TRANSPORT");
    assertThat(Instant.parse(row.get("publishedAt"))).isEqualTo(stored.publishedAt());
    assertThat(row.get("evidenceLevel")).isEqualTo("3");
    assertThat(row.get("failureReasonCodes")).isEqualTo("IMPLEMENTATION");
    assertThat(row.get("budgetRequested")).isEqualTo("10000");
    assertThat(row.get("costSpent")).isEqualTo("8000");
    assertThat(row.get("lessonsForOthers")).isEqualTo("Ask drivers first, then \"pilot\",\nand write it down");
    assertThat(row.get("url")).isEqualTo(base() + "/library/reports/DEMO/" + reference);
  }

  @Test
  void theSchemaRefusesWhatIsNotAReport() {
    ObjectNode report = springJson.valueToTree(TestPilots.report("DEMO", "PIL-2026-0001", "Valid", "FAILED",
        "HOUSING", "L"));
    assertThat(schema.problems(report)).isEmpty();

    ObjectNode broken = report.deepCopy();
    broken.put("outcome", "MAYBE");
    broken.remove("title");
    broken.put("serviceArea", "PARKS");
    broken.putArray("failureReasonCodes").add("WHIM");
    broken.put("publishedAt", "yesterday");
    broken.put("evidenceLevel", 7);
    broken.put("globalId", "DEMO/PIL-2026-0002");
    assertThat(String.join("\n", schema.problems(broken)))
        .contains("$.outcome").contains("$: required property 'title' not found").contains("$.serviceArea").contains("$.failureReasonCodes[0]")
        .contains("$.publishedAt").contains("$.evidenceLevel").contains("$.globalId");
    assertThat(schema.problems(null)).isNotEmpty();
  }

  @Test
  void theSchemaNamesEveryCodeTheApplicationUses() throws IOException {
    JsonNode committed = JSON.readTree(Files.readString(Path.of("docs/library-report.schema.json")));
    JsonNode onClasspath = JSON.readTree(getClass().getClassLoader().getResourceAsStream(ReportSchema.CLASSPATH));
    assertThat(onClasspath).isEqualTo(committed);
    JsonNode properties = committed.path("properties");
    assertThat(codes(properties.path("serviceArea").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(ServiceArea.values()));
    assertThat(codes(properties.path("failureReasonCodes").path("items").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(ReportDraft.FailureReason.values()));
    assertThat(codes(properties.path("outcome").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(ReportDraft.Outcome.values()));
    JsonNode defs = committed.path("$defs");
    assertThat(codes(defs.path("result").path("properties").path("direction").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(SuccessCriterion.Direction.values()));
    assertThat(codes(defs.path("partner").path("properties").path("sector").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(Partner.Sector.values()));
    assertThat(codes(defs.path("harmResult").path("properties").path("breachedWhen").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(HarmLimit.Breach.values()));
    assertThat(codes(defs.path("earlyStop").path("properties").path("reasonCode").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(org.pilotgate.trial.EarlyStop.Reason.values()));
    assertThat(codes(defs.path("gate").path("properties").path("decision").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(org.pilotgate.gate.GateRuling.Decision.values()));

    // every field of the report has a description, and every component of the record is in the schema
    assertThat(properties.properties()).allSatisfy(field ->
        assertThat(field.getValue().path("description").asText()).as(field.getKey()).isNotBlank());
    assertThat(Arrays.stream(ReportDocument.class.getRecordComponents()).map(c -> c.getName()))
        .allSatisfy(name -> assertThat(properties.has(name)).as(name).isTrue());
  }

  @Test
  void theApiDescriptionIsOpenAndCoversThePublicLibraryApiOnly() {
    HttpResponse<String> docs = get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode api = HttpTestClient.json(docs);
    assertThat(api.path("info").path("title").asText()).isEqualTo("PilotGate learning library API");
    assertThat(api.path("info").path("version").asText()).isNotBlank();
    JsonNode paths = api.path("paths");
    assertThat(paths.has("/api/library/reports")).isTrue();
    assertThat(paths.has("/api/library/export.json")).isTrue();
    assertThat(paths.has("/api/library/export.csv")).isTrue();
    assertThat(paths.has("/library/feed.atom")).isTrue();
    assertThat(paths.properties()).allSatisfy(path ->
        assertThat(path.getKey()).matches("/api/library/.*|/library/feed\\.atom"));

    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
  }

  private ReportDocument richReport(String reference) {
    return new ReportDocument(ReportDocument.globalId("DEMO", reference), "DEMO", reference, ReportDocument.FAILED,
        "Bus drivers refer isolated older passengers", "Drivers learn to notice isolation.", "ADULT_SOCIAL_CARE",
        "Isolated older people rarely contact the council.", "Drivers see them weekly, so they can refer them.",
        new Registration.Intervention("PARTNERSHIP", "Training and a referral card", "Bus drivers", "Routes 5 and 7", "Every shift"),
        2, 120, new BigDecimal("15000.50"),
        List.of(new Partner("Go Buses", Partner.Sector.UNIVERSAL_SERVICE_PROVIDER, "Drivers refer passengers")), 2,
        List.of("Success criterion 'Referrals received' baseline: 1 → 3"),
        new ReportDocument.Trial(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), "Two depots", "Referral log", 1,
            new ReportDocument.EarlyStop("HARM", "Complaints rose")),
        List.of(new ReportResult("Referrals received", "per month", BigDecimal.ONE, new BigDecimal("20"),
                SuccessCriterion.Direction.INCREASE, true, new BigDecimal("4"), false, "Far below target"),
            new ReportResult("Loneliness score", "UCLA 3-item", new BigDecimal("7"), new BigDecimal("6"),
                SuccessCriterion.Direction.DECREASE, false, null, null, "Not measured")),
        List.of(new HarmResult("Complaints", "per month", new BigDecimal("5"), HarmLimit.Breach.ABOVE,
            new BigDecimal("9"), true)),
        2, "Referrals stayed low.", "Complaints about delays.",
        new ReportDocument.Gate("STOP", "Primary criterion not met", "STOP", null),
        "Training for drivers", null, null, List.of("IMPLEMENTATION", "PARTNER"),
        "Drivers had no time at stops.", "Agree protected time first.", new BigDecimal("9000"), Instant.now());
  }

  private static JsonSchema exportSchema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
        SchemaLocation.of("classpath:schema/library-export.schema.json"),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  private static String reference() {
    return "PIL-2026-" + NUMBER.incrementAndGet();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    assertThat(array.isArray()).as("an array").isTrue();
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static List<Long> sequences(List<JsonNode> reports) {
    return reports.stream().map(r -> r.path("sequence").asLong()).toList();
  }

  private static Set<String> codes(JsonNode values) {
    List<String> codes = new ArrayList<>();
    values.forEach(value -> {
      if (!value.isNull()) {
        codes.add(value.asText());
      }
    });
    return Set.copyOf(codes);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
