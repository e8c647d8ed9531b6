package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.plan;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Auditors find pilots by status, service area, dates, decision and the people involved, through
 * the API and the "Find pilots" page. The database may hold other tests' pilots (PostgreSQL runs
 * share one), so each test looks only at the pilots it made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindingPilotsTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired PilotGateProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Autowired PilotRegisterBackfill backfill;

  @Test
  void aPilotStoppedAtTheGateIsRegisteredWithItsDecisionAndPeople() {
    String reference = stoppedAtGateAndPublished().getBusinessKey();

    JsonNode pilot = found("status=STOPPED&decision=STOP").get(reference);
    assertThat(pilot).as("found as stopped with decision STOP").isNotNull();
    assertThat(pilot.get("title").asText()).isEqualTo("Bus drivers refer isolated older passengers");
    assertThat(pilot.get("serviceArea").asText()).isEqualTo("ADULT_SOCIAL_CARE");
    assertThat(pilot.get("proposer").asText()).isEqualTo("olivia");
    assertThat(pilot.get("recommendation").asText()).isEqualTo("STOP");
    assertThat(pilot.get("overrodeRecommendation").asBoolean()).isFalse();
    assertThat(pilot.get("proposedAt").isNull()).isFalse();
    assertThat(pilot.get("endedAt").isNull()).as("ended").isFalse();

    assertThat(found("person=olivia&role=OFFICER")).containsKey(reference);
    assertThat(found("person=mia&role=MANAGER")).containsKey(reference);
    assertThat(found("person=max&role=MANAGER")).as("reviewed the proposal and the report").containsKey(reference);
    assertThat(found("person=mia")).containsKey(reference);
    assertThat(found("person=mia&role=OFFICER")).doesNotContainKey(reference);
    assertThat(found("person=oscar")).doesNotContainKey(reference);
  }

  @Test
  void aDecisionThatOverrodeTheRecommendationIsFoundEvenAfterALaterGateFollowedOne() {
    String followed = stoppedAtGateAndPublished().getBusinessKey();
    ProcessInstance pilot = atTheGate("olivia", "max");
    complete(pilot, DECIDE_GATE, "mia", gate("ADAPT", "The referral card was the problem, not the idea")
        .putValue("adaptation", "Drivers hand over a leaflet instead of a card"));
    String overrode = pilot.getBusinessKey();

    assertThat(found("overrodeRecommendation=true&status=PLANNING&decision=ADAPT")).containsKey(overrode);
    assertThat(found("overrodeRecommendation=true")).doesNotContainKey(followed);
    assertThat(found("overrodeRecommendation=false")).containsKey(followed).doesNotContainKey(overrode);

    complete(pilot, PLAN_TRIAL, "olivia", plan());
    evaluated(pilot, evaluation(2, 15000, 3));
    complete(pilot, DECIDE_GATE, "max", gate("STOP", null));

    JsonNode stopped = found("overrodeRecommendation=true&decision=STOP&status=REPORTING").get(overrode);
    assertThat(stopped).as("still marked as overriding, with the latest decision").isNotNull();
    assertThat(stopped.get("recommendation").asText()).isEqualTo("STOP");
  }

  @Test
  void filtersByServiceAreaStatusAndDateProposed() {
    String housing = propose("oscar", proposal().putValue("serviceArea", "HOUSING")).getBusinessKey();
    LocalDate today = LocalDate.now(properties.zone());

    assertThat(found("serviceArea=HOUSING&status=IN_REVIEW&from=" + today + "&to=" + today)).containsKey(housing);
    assertThat(found("serviceArea=housing&status=in_review")).as("codes in any case").containsKey(housing);
    assertThat(found("person=oscar&role=OFFICER&serviceArea=HOUSING")).containsKey(housing);
    assertThat(found("serviceArea=TRANSPORT")).doesNotContainKey(housing);
    assertThat(found("status=STOPPED")).doesNotContainKey(housing);
    assertThat(found("to=" + today.minusDays(1))).doesNotContainKey(housing);
    assertThat(found("from=" + today.plusDays(1))).doesNotContainKey(housing);
    assertThat(found("decision=SCALE")).as("no decision yet").doesNotContainKey(housing);
  }

  @Test
  void pagesNewestFirst() {
    String older = propose("olivia", proposal().putValue("serviceArea", "COMMUNITY_SAFETY")).getBusinessKey();
    String newer = propose("olivia", proposal().putValue("serviceArea", "COMMUNITY_SAFETY")).getBusinessKey();

    JsonNode first = search("serviceArea=COMMUNITY_SAFETY&size=1&page=1");
    JsonNode second = search("serviceArea=COMMUNITY_SAFETY&size=1&page=2");
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2).isEqualTo(second.get("total").asLong());
    assertThat(first.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("page").asInt()).isEqualTo(2);
    assertThat(first.get("size").asInt()).isEqualTo(1);
    assertThat(first.get("pilots")).hasSize(1);
    assertThat(java.time.Instant.parse(first.get("pilots").get(0).get("proposedAt").asText()))
        .isAfterOrEqualTo(second.get("pilots").get(0).get("proposedAt").asText());

    List<String> everyPage = new ArrayList<>();
    for (int page = 1; page <= first.get("total").asInt(); page++) {
      search("serviceArea=COMMUNITY_SAFETY&size=1&page=" + page).get("pilots")
          .forEach(pilot -> everyPage.add(pilot.get("reference").asText()));
    }
    assertThat(everyPage).doesNotHaveDuplicates().containsSubsequence(newer, older);
    assertThat(search("serviceArea=COMMUNITY_SAFETY").get("size").asInt()).as("default size").isEqualTo(20);
  }

  @Test
  void badParametersAreRefusedNamingTheParameter() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("status=LOST", "status");
    bad.put("serviceArea=MOON", "serviceArea");
    bad.put("from=2026-13-01", "from");
    bad.put("to=31/02/2026", "to");
    bad.put("from=2026-03-02&to=2026-03-01", "to");
    bad.put("decision=MAYBE", "decision");
    bad.put("person=mia&role=BOSS", "role");
    bad.put("role=MANAGER", "role");
    bad.put("overrodeRecommendation=sometimes", "overrodeRecommendation");
    bad.put("page=-1", "page");
    bad.put("size=0", "size");
    bad.put("size=101", "size");
    HttpTestClient ada = HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD);
    bad.forEach((query, parameter) -> {
      HttpResponse<String> response = ada.get("/api/audit/pilots?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      JsonNode problem = HttpTestClient.json(response);
      assertThat(problem.get("errors").has(parameter)).as("%s names %s: %s", query, parameter, response.body())
          .isTrue();
      assertThat(problem.get("detail").asText()).as(query).startsWith(parameter + " ");
    });
  }

  @Test
  void onlyAuditorsAndOperatorsMayFindPilots() {
    HttpTestClient olivia = HttpTestClient.basic(port, "olivia", DemoUsers.PASSWORD);
    assertThat(olivia.get("/api/audit/pilots").statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD).getPage("/audit").statusCode())
        .isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD).get("/api/audit/pilots").statusCode())
        .isEqualTo(200);
  }

  @Test
  void theFindPilotsPageListsPilotsWithLinksToTheirTimelines() {
    String reference = propose("olivia", proposal().putValue("serviceArea", "PUBLIC_HEALTH")).getBusinessKey();
    HttpTestClient ada = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD);

    HttpResponse<String> page = ada.getPage("/audit?serviceArea=PUBLIC_HEALTH&person=olivia&role=OFFICER");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Find pilots", "href=\"/audit/pilots/" + reference + "\"", "Public health",
        "In review", "<option value=\"PUBLIC_HEALTH\" selected=\"selected\">Public health</option>");

    HttpResponse<String> invalid = ada.getPage("/audit?from=yesterday");
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body()).contains("There is a problem", "href=\"#from\"",
        "from must be a real date, written day/month/year like 27/03/2026", "<title>Error: ");
  }

  @Test
  void pilotsFromBeforeTheRegisterAreAddedFromHistoryAtStartUp() {
    String reference = stoppedAtGateAndPublished().getBusinessKey();
    JsonNode registered = found("person=mia&role=MANAGER").get(reference);
    jdbc.update("DELETE FROM pilot_register_person WHERE reference = ?", reference);
    jdbc.update("DELETE FROM pilot_register WHERE reference = ?", reference);
    assertThat(found("status=STOPPED")).doesNotContainKey(reference);

    backfill.addMissingPilots();

    JsonNode rebuilt = found("person=mia&role=MANAGER").get(reference);
    assertThat(rebuilt).isEqualTo(registered);
    assertThat(found("person=olivia&role=OFFICER")).containsKey(reference);
    assertThat(found("person=max&role=MANAGER")).containsKey(reference);
  }

  /** Every pilot the search finds, across all pages, by reference. */
  private Map<String, JsonNode> found(String query) {
    Map<String, JsonNode> pilots = new LinkedHashMap<>();
    for (int page = 1; ; page++) {
      JsonNode results = search(query + "&size=100&page=" + page);
      results.get("pilots").forEach(pilot -> pilots.put(pilot.get("reference").asText(), pilot));
      if ((long) page * 100 >= results.get("total").asLong()) {
        return pilots;
      }
    }
  }

  private JsonNode search(String query) {
    return AuditorSearch.search(port, query);
  }
}
