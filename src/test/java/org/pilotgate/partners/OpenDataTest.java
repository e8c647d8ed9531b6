package org.pilotgate.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.partners.PartnerHttp.fields;
import static org.pilotgate.partners.PartnerPagesTest.unique;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The open data: every organisation, for anyone, and never a contact person, here or on any public page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDataTest {

  private static final List<String> CONTACT = List.of("Quentin Zebedee-Partridge", "Quentin Zebedee", "quentin.zp",
      "example.org", "01632 969999", "969999");
  private static final List<String> PUBLIC_PAGES = List.of("/api/partners/open-data.json", "/api/partners/open-data.csv",
      "/library", "/library/search", "/api/library/export.json", "/api/library/export.csv", "/api/library/feed",
      "/library/what-works", "/api/library/what-works", "/v3/api-docs", "/login", "/partners", "/partners/map",
      "/partners/export.csv");

  @LocalServerPort int port;
  @Autowired PartnerRegister register;
  @Autowired PartnerChoices choices;

  @Test
  void theOpenDataListsTheOrganisationWithoutItsContact() {
    String name = unique("Open Data Buses");
    register.add(PartnerEntry.read(fields(name)::get, choices).details(), "cam");
    HttpTestClient anyone = HttpTestClient.anonymous(port);

    JsonNode partner = HttpTestClient.json(anyone.get("/api/partners/open-data.json")).path("partners").findParents("name")
        .stream().filter(node -> node.path("name").asText().equals(name)).findFirst().orElseThrow();
    assertThat(partner.path("sector").asText()).isEqualTo("PRIVATE");
    assertThat(partner.path("kind").asText()).isEqualTo("Bus drivers");
    assertThat(partner.path("areas")).hasSize(2);
    assertThat(partner.path("status").asText()).isEqualTo("ENGAGED");
    assertThat(partner.has(PartnerFields.CONTACT_NAME) || partner.has(PartnerFields.CONTACT_EMAIL)
        || partner.has(PartnerFields.CONTACT_PHONE) || partner.has(PartnerFields.DATA_SHARING)).isFalse();

    String csv = anyone.get("/api/partners/open-data.csv").body();
    assertThat(csv.lines().findFirst()).contains(String.join(",", PartnerCsv.OPEN_COLUMNS));
    assertThat(csv).contains(name);
  }

  @Test
  void noContactAppearsOnAnyPublicPageOrExport() {
    register.add(PartnerEntry.read(fields(unique("Contact Check Ltd"))::get, choices).details(), "cam");
    HttpTestClient anyone = HttpTestClient.anonymous(port);
    for (String page : PUBLIC_PAGES) {
      String body = anyone.get(page).body();
      assertThat(CONTACT).as(page).allSatisfy(contact -> assertThat(body).doesNotContain(contact));
    }
    // the check above looks where a contact would be: signed in, the same pages show it
    assertThat(HttpTestClient.signedIn(port, "olivia", org.pilotgate.security.DemoUsers.PASSWORD)
        .get("/partners/export.csv").body()).contains("Quentin Zebedee-Partridge", "quentin.zp@example.org", "01632 969999");
  }
}
