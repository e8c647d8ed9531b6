package org.pilotgate.library.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryQuery;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.PublishedReport;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.library.peers.PeerImport.Outcome;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Importing from peer libraries, against fake peers on this machine: one that works (with ETags and
 * 304), one that fails in turn with HTTP 500 and an answer that is not JSON, one too slow to answer,
 * and one that refuses connections.
 */
// An engine name of its own (Camunda ignores names with a hyphen): the engine REST API finds "default"
// in a JVM-wide registry, so a later context's "default" engine would take over the REST API of the
// contexts cached before it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=peerimport")
class PeerImportTest {

  static final FakePeer GOOD = FakePeer.start();
  static final FakePeer FLAKY = FakePeer.start();
  static final FakePeer SLOW = FakePeer.start();
  static final String REFUSING = FakePeer.refusingUrl();
  static final Duration INTERVAL = Duration.ofHours(1);

  @DynamicPropertySource
  static void peers(DynamicPropertyRegistry registry) {
    registry.add("pilotgate.library.peers[0].url", () -> GOOD.url() + "/");
    registry.add("pilotgate.library.peers[0].name", () -> "Good council");
    registry.add("pilotgate.library.peers[0].council", () -> "AAA");
    registry.add("pilotgate.library.peers[1].url", FLAKY::url);
    registry.add("pilotgate.library.peers[2].url", SLOW::url);
    registry.add("pilotgate.library.peers[3].url", () -> REFUSING);
    registry.add("pilotgate.library.peer-page-size", () -> "2");
    registry.add("pilotgate.library.peer-import-interval", INTERVAL::toString);
    registry.add("pilotgate.library.peer-max-backoff", () -> "PT6H");
    registry.add("pilotgate.library.peer-connect-timeout", () -> "PT1S");
    registry.add("pilotgate.library.peer-request-timeout", () -> "PT1S");
  }

  @AfterAll
  static void stopPeers() {
    GOOD.close();
    FLAKY.close();
    SLOW.close();
  }

  @Autowired PeerImport peerImport;
  @Autowired PeerLibraries peerLibraries;
  @Autowired LibraryStore store;
  @Autowired LibraryIndex index;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void freshPeers() {
    jdbc.update("DELETE FROM peer_library");
    jdbc.update("DELETE FROM scheduler_lease");
    jdbc.update("DELETE FROM published_report WHERE origin <> 'local'");
    index.rebuild();
    GOOD.reset();
    FLAKY.reset();
    SLOW.reset();
    SLOW.mode(FakePeer.Mode.SLOW);
  }

  @Test
  void eachReportIsStoredOnceAndTheCursorMovesOn() {
    GOOD.publish(10, report("PIL-2026-0001", "Bus drivers refer lonely older passengers"))
        .publish(11, report("PIL-2026-0002", "Text reminders for bin collection"))
        .publish(12, report("PIL-2026-0003", "Untitled"), node -> node.remove("title"))
        .publish(13, report("PIL-2026-0004", "Pharmacies check on carers"))
        .publish(14, report("PIL-2026-0005", "Library cards for newborns"))
        .publish(15, report("PIL-2026-0006", "Street lights dimmed after midnight"))
        .publish(16, TestPilots.report("DEMO", "PIL-2026-0001", "Pretends to be ours", "FAILED", "HOUSING", "x"))
        .publish(17, TestPilots.report("QQQ", "PIL-2026-0001", "Another council's", "FAILED", "HOUSING", "x"));

    PeerImport.PeerRun first = peerImport.importAllNow().peer(GOOD.url());

    assertThat(first.outcome()).isEqualTo(Outcome.IMPORTED);
    assertThat(first.imported()).isEqualTo(5);
    assertThat(first.invalid()).as("no title, this council's id, another council than configured").isEqualTo(3);
    assertThat(store.find("AAA/PIL-2026-0001")).get().extracting(PublishedReport::origin).isEqualTo(GOOD.url());
    assertThat(store.find("AAA/PIL-2026-0003")).isEmpty();
    assertThat(store.find("DEMO/PIL-2026-0001")).as("not the peer's copy of our own id (a local one may exist)")
        .map(PublishedReport::origin).isNotEqualTo(java.util.Optional.of(GOOD.url()));
    assertThat(store.find("QQQ/PIL-2026-0001")).isEmpty();
    assertThat(GOOD.requests()).as("pages of two, each after the last").containsExactly(
        "after=0&origin=local&limit=2", "after=11&origin=local&limit=2", "after=13&origin=local&limit=2",
        "after=15&origin=local&limit=2", "after=17&origin=local&limit=2");
    PeerStatus status = peerLibraries.find(GOOD.url()).orElseThrow();
    assertThat(status.lastSequence()).isEqualTo(17);
    assertThat(status.reportsImported()).isEqualTo(5);
    assertThat(status.consecutiveFailures()).isZero();
    assertThat(status.lastSuccessAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    assertThat(status.lastError()).startsWith("Skipped 3 invalid report(s)").contains("sequence 12: $: required property 'title' not found");
    assertThat(index.search(new LibraryQuery("pharmacies carers", null, null, null, "AAA", null, null, 1, 20))
        .hits()).as("searchable at once").extracting(hit -> hit.globalId()).containsExactly("AAA/PIL-2026-0004");

    PeerImport.PeerRun unchanged = peerImport.importAllNow().peer(GOOD.url());
    assertThat(unchanged.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(GOOD.notModifiedAnswers()).isEqualTo(1);
    assertThat(peerLibraries.find(GOOD.url()).orElseThrow().reportsImported()).isEqualTo(5);

    GOOD.publish(20, report("PIL-2026-0007", "Free swimming for young carers"));
    PeerImport.PeerRun next = peerImport.importAllNow().peer(GOOD.url());
    assertThat(next.imported()).isEqualTo(1);
    assertThat(GOOD.requests()).last().isEqualTo("after=17&origin=local&limit=2");
    assertThat(peerLibraries.find(GOOD.url()).orElseThrow())
        .extracting(PeerStatus::lastSequence, PeerStatus::reportsImported, PeerStatus::lastError)
        .containsExactly(20L, 6L, null);

    jdbc.update("UPDATE peer_library SET last_sequence = 0, etag = NULL WHERE url = ?", GOOD.url());
    PeerImport.PeerRun again = peerImport.importAllNow().peer(GOOD.url());
    assertThat(again.imported()).as("reading everything again stores nothing twice").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM published_report WHERE origin = ?", Integer.class,
        GOOD.url())).isEqualTo(6);
  }

  @Test
  void aFailingPeerBacksOffWhileTheOthersImport() {
    GOOD.publish(1, report("PIL-2026-0101", "Community fridges"));
    FLAKY.mode(FakePeer.Mode.ERROR_500);

    PeerImport.Run run = peerImport.importDuePeers();

    assertThat(run.peer(GOOD.url()).imported()).isEqualTo(1);
    assertThat(run.peer(FLAKY.url())).extracting(PeerImport.PeerRun::outcome, PeerImport.PeerRun::error)
        .containsExactly(Outcome.FAILED, "HTTP 500 from /api/library/export.json");
    assertThat(run.peer(SLOW.url())).extracting(PeerImport.PeerRun::outcome, PeerImport.PeerRun::error)
        .containsExactly(Outcome.FAILED, "timed out after 1 s");
    assertThat(run.peer(REFUSING)).extracting(PeerImport.PeerRun::outcome, PeerImport.PeerRun::error)
        .containsExactly(Outcome.FAILED, "connection refused");
    assertBackingOff(FLAKY.url(), 1, "HTTP 500 from /api/library/export.json", Duration.ofHours(2));
    assertBackingOff(SLOW.url(), 1, "timed out after 1 s", Duration.ofHours(2));
    assertBackingOff(REFUSING, 1, "connection refused", Duration.ofHours(2));

    int asked = FLAKY.requests().size();
    PeerImport.Run tooSoon = peerImport.importDuePeers();
    assertThat(tooSoon.peers()).extracting(PeerImport.PeerRun::outcome).containsOnly(Outcome.NOT_DUE);
    assertThat(FLAKY.requests()).hasSize(asked);

    FLAKY.mode(FakePeer.Mode.NOT_JSON);
    makeDue(FLAKY.url());
    assertThat(peerImport.importDuePeers().peer(FLAKY.url()).error()).startsWith("the export is not JSON");
    assertBackingOff(FLAKY.url(), 2, "the export is not JSON", Duration.ofHours(4));

    FLAKY.mode(FakePeer.Mode.ERROR_500);
    makeDue(FLAKY.url());
    peerImport.importDuePeers();
    assertBackingOff(FLAKY.url(), 3, "HTTP 500", Duration.ofHours(6)); // 8 hours, capped at 6

    FLAKY.mode(FakePeer.Mode.OK).publish(5, TestPilots.report("BBB", "PIL-2026-0005", "Warm spaces in libraries",
        "SUCCEEDED", "CUSTOMER_SERVICES", "Volunteers kept them open"));
    makeDue(FLAKY.url());
    assertThat(peerImport.importDuePeers().peer(FLAKY.url()).imported()).isEqualTo(1);
    PeerStatus recovered = peerLibraries.find(FLAKY.url()).orElseThrow();
    assertThat(recovered.consecutiveFailures()).isZero();
    assertThat(recovered.lastError()).isNull();
    assertThat(recovered.nextAttemptAt()).isCloseTo(Instant.now().plus(INTERVAL), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void oneNodeImportsAtATime() {
    GOOD.publish(1, report("PIL-2026-0201", "Parking permits by text"));
    Instant later = Instant.now().plus(Duration.ofMinutes(10));
    jdbc.update("INSERT INTO scheduler_lease (name, holder, leased_until) VALUES ('peer-import', 'other-node', ?)",
        Timestamp.from(later));

    assertThat(peerImport.importAllNow().ran()).isFalse();
    assertThat(GOOD.requests()).as("the node holding the lease imports, not this one").isEmpty();

    jdbc.update("UPDATE scheduler_lease SET leased_until = ? WHERE name = 'peer-import'",
        Timestamp.from(Instant.now().minusSeconds(1)));
    assertThat(peerImport.importAllNow().ran()).as("a lease that ran out is taken over").isTrue();
    assertThat(store.find("AAA/PIL-2026-0201")).isPresent();
    Map<String, Object> lease = jdbc.queryForMap("SELECT * FROM scheduler_lease WHERE name = 'peer-import'");
    assertThat(lease.get("holder")).isNotEqualTo("other-node");
    assertThat(((Timestamp) lease.get("leased_until")).toInstant()).as("handed back when done")
        .isBeforeOrEqualTo(Instant.now());
  }

  @Test
  void operatorsSeeHowEachPeerStandsAndCanImportNow() throws InterruptedException {
    GOOD.publish(1, report("PIL-2026-0301", "Repair cafes"));
    peerImport.importAllNow();

    HttpResponse<String> status = HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD).get("/api/admin/peers");
    assertThat(status.statusCode()).isEqualTo(200);
    JsonNode peers = HttpTestClient.json(status);
    assertThat(peers).hasSize(4);
    assertThat(peers.get(0).get("url").asText()).isEqualTo(GOOD.url());
    assertThat(peers.get(0).get("name").asText()).isEqualTo("Good council");
    assertThat(peers.get(0).get("reportsImported").asLong()).isEqualTo(1);
    assertThat(peers.get(0).get("lastSuccessAt").asText()).isNotBlank();
    assertThat(peers.get(3).get("url").asText()).isEqualTo(REFUSING);
    assertThat(peers.get(3).get("lastError").asText()).isEqualTo("connection refused");
    assertThat(peers.get(3).get("consecutiveFailures").asInt()).isEqualTo(1);
    assertThat(peers.get(3).get("nextAttemptAt").asText()).isNotBlank();

    assertThat(HttpTestClient.basic(port, "olivia", DemoUsers.PASSWORD).get("/api/admin/peers").statusCode())
        .isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "mia", DemoUsers.PASSWORD).get("/api/admin/peers").statusCode())
        .isEqualTo(403);
    assertThat(HttpTestClient.anonymous(port).get("/api/admin/peers").statusCode()).isIn(302, 401);
    assertThat(HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD).getPage("/admin/peers").statusCode())
        .isEqualTo(403);

    HttpTestClient admin = HttpTestClient.signedIn(port, "admin", DemoUsers.PASSWORD);
    HttpResponse<String> page = admin.getPage("/admin/peers");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Good council", GOOD.url(), REFUSING, "connection refused");

    assertThat(admin.postForm("/admin/peers/import", Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"_csrf\"|"
        + "name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"|type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(page.body());
    assertThat(csrf.find()).as("the import form carries a CSRF token").isTrue();
    String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2) != null ? csrf.group(2)
        : csrf.group(3) != null ? csrf.group(3) : csrf.group(4);
    GOOD.publish(2, report("PIL-2026-0302", "Tool library"));
    HttpResponse<String> started = admin.postForm("/admin/peers/import", Map.of("_csrf", token));
    assertThat(started.statusCode()).isEqualTo(302);
    assertThat(started.headers().firstValue("Location")).get().asString().endsWith("/admin/peers");
    awaitBackgroundImport();
    assertThat(store.find("AAA/PIL-2026-0302")).isPresent();
    assertThat(admin.getPage("/admin/peers").body()).contains("Import started");
    assertThat(admin.getPage("/admin/peers").body()).as("the message is shown once").doesNotContain("Import started");
  }

  private void awaitBackgroundImport() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (peerImport.busy() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(peerImport.busy()).isFalse();
  }

  private void assertBackingOff(String url, int failures, String error, Duration backoff) {
    PeerStatus status = peerLibraries.find(url).orElseThrow();
    assertThat(status.consecutiveFailures()).isEqualTo(failures);
    assertThat(status.lastError()).startsWith(error);
    assertThat(status.lastAttemptAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    assertThat(status.nextAttemptAt()).isCloseTo(status.lastAttemptAt().plus(backoff), within(1, ChronoUnit.SECONDS));
  }

  private void makeDue(String url) {
    jdbc.update("UPDATE peer_library SET next_attempt_at = ? WHERE url = ?", Timestamp.from(Instant.now().minusSeconds(1)),
        url);
  }

  private static ReportDocument report(String reference, String title) {
    return TestPilots.report("AAA", reference, title, "FAILED", "ADULT_SOCIAL_CARE", "Lessons of " + title);
  }
}
