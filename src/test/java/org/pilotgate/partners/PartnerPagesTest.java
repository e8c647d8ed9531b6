package org.pilotgate.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.partners.PartnerHttp.fields;
import static org.pilotgate.partners.PartnerHttp.post;
import static org.pilotgate.partners.PartnerHttp.with;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The partner register's pages over HTTP, with real sessions and CSRF tokens: champions change it,
 * other staff read it, anonymous visitors get nothing but the open data; refusals name the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerPagesTest {

  @LocalServerPort int port;
  @Autowired PartnerRegister register;
  @Autowired PartnerChoices choices;

  @Test
  void aChampionAddsChangesAndEndsAPartnerAndTheRegisterRecordsWho() {
    HttpTestClient cam = signedIn("cam");
    String name = unique("Abbey Buses");
    HttpResponse<String> added = post(cam, "/partners/new", "/partners", fields(name));
    assertThat(added.statusCode()).isEqualTo(302);
    long id = idIn(added);

    HttpResponse<String> page = cam.getPage("/partners/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(name, "Bus drivers", "Abbey, Castle", "Quentin Zebedee-Partridge",
        "quentin.zp@example.org", "01632 969999", "Engaged", "by cam");

    HttpResponse<String> changed = post(cam, "/partners/" + id + "/edit", "/partners/" + id,
        with(with(fields(name), PartnerFields.STATUS, "PARTNER"), PartnerPages.VERSION, "1"));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(register.find(id)).get().satisfies(partner -> {
      assertThat(partner.details().status()).isEqualTo(PartnerDetails.Status.PARTNER);
      assertThat(partner.version()).isEqualTo(2);
      assertThat(partner.createdBy()).isEqualTo("cam");
      assertThat(partner.updatedBy()).isEqualTo("cam");
    });

    HttpResponse<String> ended = post(cam, "/partners/" + id, "/partners/" + id + "/end",
        Map.of(PartnerPages.VERSION, List.of("2")));
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(register.find(id).orElseThrow().details().status()).isEqualTo(PartnerDetails.Status.ENDED);
  }

  @Test
  void otherStaffReadTheRegisterButCannotChangeIt() {
    long id = added(unique("Castle Pharmacy"));
    HttpTestClient olivia = signedIn("olivia");
    assertThat(olivia.getPage("/partners").statusCode()).isEqualTo(200);
    assertThat(olivia.getPage("/partners/" + id).statusCode()).isEqualTo(200);
    assertThat(olivia.getPage("/partners/map").statusCode()).isEqualTo(200);
    assertThat(olivia.get("/partners/export.csv").statusCode()).isEqualTo(200);
    assertThat(olivia.getPage("/partners").body()).doesNotContain("Add a partner", "Import from CSV");
    for (String form : List.of("/partners/new", "/partners/" + id + "/edit", PartnerImportPage.PATH)) {
      assertThat(olivia.getPage(form).statusCode()).as(form).isEqualTo(403);
    }
    String token = olivia.csrfTokenOn("/partners");
    String name = unique("Olivia's Own");
    assertThat(olivia.send("POST", "/partners", "application/x-www-form-urlencoded",
        "_csrf=" + token + "&name=" + name.replace(' ', '+') + "&sector=PRIVATE").statusCode()).isEqualTo(403);
    assertThat(olivia.send("POST", "/partners/" + id + "/end", "application/x-www-form-urlencoded",
        "_csrf=" + token + "&version=1").statusCode()).isEqualTo(403);
    assertThat(named(name)).isEmpty();
    assertThat(register.find(id).orElseThrow().version()).isEqualTo(1);
    for (String user : List.of("mia", "ada")) {
      assertThat(signedIn(user).getPage("/partners/" + id).statusCode()).as(user).isEqualTo(200);
      assertThat(signedIn(user).getPage("/partners/new").statusCode()).as(user).isEqualTo(403);
    }
  }

  /** The demo profile supplies the wards' GeoJSON: the map page draws each, shaded and labelled as the matrix counts. */
  @Test
  void championsAndOfficersSeeEachWardDrawnWithItsCoverage() {
    Coverage coverage = Coverage.of(register.all(), choices.areas(), choices.kinds());
    for (String user : List.of("cam", "olivia")) {
      String page = signedIn(user).getPage("/partners/map").body();
      assertThat(page).as(user).contains("<svg class=\"area-map__svg\" role=\"img\"", "id=\"area-map-desc\"");
      for (String area : choices.areas()) {
        assertThat(page).as(user + " " + area).contains("data-area=\"" + area + "\" data-band=")
            .contains(area + ": " + coverage.kindsCovered(area) + " of " + choices.kinds().size() + " kinds of organisation");
      }
      assertThat(page).doesNotContain("areas-not-drawn");
    }
  }

  @Test
  void anonymousVisitorsGetTheOpenDataAndNothingElse() {
    long id = added(unique("Westfield Grocers"));
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    for (String page : List.of("/partners", "/partners/" + id, "/partners/map", "/partners/new", PartnerImportPage.PATH)) {
      HttpResponse<String> refused = anonymous.getPage(page);
      assertThat(refused.statusCode()).as(page).isEqualTo(302);
      assertThat(refused.headers().firstValue("Location")).as(page).get().asString().endsWith("/login");
    }
    assertThat(anonymous.get("/partners/export.csv").statusCode()).isIn(302, 401);
    assertThat(anonymous.get("/api/partners/open-data.json").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/api/partners/open-data.csv").statusCode()).isEqualTo(200);
    assertThat(anonymous.postForm("/partners", Map.of("name", "Sneaky")).statusCode()).isIn(302, 401, 403);
    assertThat(named("Sneaky")).isEmpty();
  }

  @Test
  void badInputIsRefusedWith400NamingEachFieldByItsLabelAndSavesNothing() {
    HttpTestClient cam = signedIn("cam");
    Map<String, List<String>> bad = with(with(with(fields(""), PartnerFields.CONTACT_EMAIL, "not an address"),
        PartnerFields.KIND, "Astronauts"), PartnerFields.AREAS);
    HttpResponse<String> refused = post(cam, "/partners/new", "/partners", bad);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("There is a problem", "Organisation name: enter the organisation name",
        "Kind of organisation: choose one of the options listed, not &quot;Astronauts&quot;",
        "Areas covered: choose at least one", "Contact email: enter an email address like name@example.org",
        "href=\"#name\"", "href=\"#areas\"");
    assertThat(refused.body()).contains("value=\"not an address\"");

    String taken = unique("Brookside Bakery");
    added(taken);
    HttpResponse<String> again = post(cam, "/partners/new", "/partners", fields(taken.toUpperCase()));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("Organisation name: " + taken.toUpperCase() + " is already in the register");
    assertThat(named(taken)).hasSize(1);
  }

  @Test
  void aSecondEditFromTheSameVersionIsRefusedAndTheFirstIsKept() {
    long id = added(unique("Riverside Laundrette"));
    Partner before = register.find(id).orElseThrow();
    Map<String, List<String>> mine = with(fields(before.details().name()), PartnerPages.VERSION, "1");
    HttpTestClient cam = signedIn("cam");
    HttpTestClient admin = signedIn("admin");

    assertThat(post(cam, "/partners/" + id + "/edit", "/partners/" + id,
        with(mine, PartnerFields.TOUCHPOINTS, "Cam's touchpoints")).statusCode()).isEqualTo(302);
    HttpResponse<String> second = post(admin, "/partners/" + id + "/edit", "/partners/" + id,
        with(mine, PartnerFields.TOUCHPOINTS, "Admin's touchpoints"));

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains("was changed by someone else", "Nothing was saved", "Cam&#39;s touchpoints");
    Partner after = register.find(id).orElseThrow();
    assertThat(after.details().touchpoints()).isEqualTo("Cam's touchpoints");
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.updatedBy()).isEqualTo("cam");
  }

  @Test
  void anExportedNameThatLooksLikeAFormulaIsDefused() {
    String name = unique("=HYPERLINK(\"http://evil.example\")");
    added(name);
    String csv = signedIn("cam").get("/partners/export.csv").body();
    assertThat(csv).startsWith(String.join(",", PartnerCsv.COLUMNS));
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")");
    assertThat(HttpTestClient.anonymous(port).get("/api/partners/open-data.csv").body()).contains("'=HYPERLINK");
  }

  /** Adds a partner as cam through the register (the pages are tested above); returns its id. */
  private long added(String name) {
    return register.add(PartnerEntry.read(fields(name)::get, choices).details(), "cam");
  }

  private List<Partner> named(String name) {
    return register.all().stream()
        .filter(partner -> PartnerDetails.normalised(partner.details().name()).equals(PartnerDetails.normalised(name)))
        .toList();
  }

  private static long idIn(HttpResponse<String> redirect) {
    Optional<String> location = redirect.headers().firstValue("Location");
    assertThat(location).get().asString().matches(".*/partners/\\d+");
    return Long.parseLong(location.orElseThrow().replaceAll(".*/", ""));
  }

  static String unique(String name) {
    return name + " " + Long.toString(System.nanoTime(), 36);
  }

  private HttpTestClient signedIn(String user) {
    return HttpTestClient.signedIn(port, user, DemoUsers.PASSWORD);
  }
}
