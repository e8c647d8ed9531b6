package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding pilots counts its matches exactly only up to a limit (10,000; 2 here): past it, the API and
 * the page say "more than" the limit, and the pages still lead on while they are full. The
 * database may hold other tests' pilots in the same service area (PostgreSQL runs share one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "pilotgate.audit.exact-count-limit=2")
class CappedPilotCountTest extends PilotProcessTest {

  static final String AREA = "WASTE_AND_RECYCLING";

  @LocalServerPort int port;

  @Test
  void pastTheLimitTheApiSaysMoreThanItAndEveryPageIsStillReachable() {
    List<String> proposed = proposeThree();

    JsonNode first = search("serviceArea=" + AREA + "&size=1");
    assertThat(first.get("total").asLong()).isEqualTo(2);
    assertThat(first.get("moreThanTotal").asBoolean()).isTrue();

    List<String> everyPage = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode results = search("serviceArea=" + AREA + "&size=1&page=" + page);
      if (results.get("pilots").isEmpty()) {
        break;
      }
      everyPage.add(results.get("pilots").get(0).get("reference").asText());
    }
    assertThat(everyPage).doesNotHaveDuplicates().containsAll(proposed);

    JsonNode none = search("serviceArea=" + AREA + "&status=SCALED&person=olivia&role=MANAGER");
    assertThat(none.get("total").asLong()).isZero();
    assertThat(none.get("moreThanTotal").asBoolean()).as("counted exactly below the limit").isFalse();
  }

  @Test
  void pastTheLimitThePageSaysMoreThanItAndLinksTheNextPage() {
    proposeThree();
    HttpTestClient ada = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD);

    HttpResponse<String> second = ada.getPage("/audit?serviceArea=" + AREA + "&size=1&page=2");

    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("More than 2 pilots found",
        "href=\"/audit?serviceArea=" + AREA + "&amp;size=1\" rel=\"prev\"",
        "href=\"/audit?serviceArea=" + AREA + "&amp;size=1&amp;page=3\" rel=\"next\"");
  }

  private List<String> proposeThree() {
    List<String> references = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      references.add(propose("olivia", proposal().putValue("serviceArea", AREA)).getBusinessKey());
    }
    return references;
  }

  private JsonNode search(String query) {
    return AuditorSearch.search(port, query);
  }
}
