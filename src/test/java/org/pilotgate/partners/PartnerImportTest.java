package org.pilotgate.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.partners.PartnerHttp.csvRow;
import static org.pilotgate.partners.PartnerHttp.fields;
import static org.pilotgate.partners.PartnerHttp.importCsv;
import static org.pilotgate.partners.PartnerHttp.with;
import static org.pilotgate.partners.PartnerPagesTest.unique;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Importing partners from CSV: every row checked, bad rows named by line, and all or nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerImportTest {

  private static final String HEADER = String.join(",", PartnerCsv.COLUMNS);

  @LocalServerPort int port;
  @Autowired PartnerRegister register;

  @Test
  void aGoodFileAddsEveryRowAndWhatTheExportGivesBackTheImportTakes() {
    String first = unique("Imported Café");
    String second = unique("Imported Chemist");
    String csv = HEADER + "\r\n" + csvRow(fields(first)) + "\r\n"
        + csvRow(with(with(fields(second), PartnerFields.SECTOR, "Third sector (charity or social enterprise)"),
            PartnerFields.KIND, "pharmacists")) + "\r\n";
    HttpResponse<String> imported = importCsv(cam(), csv);
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(imported.body()).contains("2 partners imported");
    Partner chemist = named(second).orElseThrow();
    assertThat(chemist.details().sector()).isEqualTo(PartnerDetails.Sector.THIRD_SECTOR);
    assertThat(chemist.details().kind()).isEqualTo("Pharmacists");
    assertThat(chemist.details().areas()).containsExactlyInAnyOrder("Abbey", "Castle");
    assertThat(chemist.createdBy()).isEqualTo("cam");

    String exported = cam().get("/partners/export.csv").body();
    String renamed = exported.replace(first, unique("Round Trip")).replace(second, unique("Round Trip Two"));
    String onlyThose = HEADER + "\r\n" + renamed.lines().filter(line -> line.contains("Round Trip"))
        .reduce((a, b) -> a + "\r\n" + b).orElseThrow() + "\r\n";
    assertThat(importCsv(cam(), onlyThose).statusCode()).isEqualTo(200);
  }

  @Test
  void aFileSavedByExcelWithItsByteOrderMarkIsRead() {
    String name = unique("Excel Café");
    assertThat(importCsv(cam(), "\uFEFF" + HEADER + "\r\n" + csvRow(fields(name)) + "\r\n").statusCode()).isEqualTo(200);
    assertThat(named(name)).isPresent();
  }

  @Test
  void aBadFileNamesEachBadLineAndFieldAndAddsNothing() {
    String good = unique("Good Row");
    String csv = HEADER + "\n" + csvRow(fields(good)) + "\n"
        + csvRow(with(fields(unique("Bad Sector")), PartnerFields.SECTOR, "GOVERNMENT")) + "\n"
        + csvRow(fields(good)) + "\n"
        + csvRow(with(with(fields(unique("Bad Two")), PartnerFields.AREAS, "Atlantis"), PartnerFields.CONTACT_PHONE,
            "call me")) + "\n";
    HttpResponse<String> refused = importCsv(cam(), csv);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("nothing was added",
        "Line 3: Sector: choose one of the options listed, not &quot;GOVERNMENT&quot;",
        "Line 4: Organisation name: " + good + " is already in the register (twice in this file)",
        "Line 5: Areas covered: choose from the options listed, not &quot;Atlantis&quot;",
        "Line 5: Contact phone: enter a phone number");
    assertThat(refused.body()).doesNotContain("Line 2:");
    assertThat(named(good)).isEmpty();
  }

  @Test
  void aNameAlreadyInTheRegisterIsABadLine() {
    String existing = unique("Already Here");
    assertThat(importCsv(cam(), HEADER + "\n" + csvRow(fields(existing)) + "\n").statusCode()).isEqualTo(200);
    String fresh = unique("Fresh One");
    HttpResponse<String> refused = importCsv(cam(), HEADER + "\n" + csvRow(fields(fresh)) + "\n"
        + csvRow(fields(existing.toLowerCase())) + "\n");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Line 3: Organisation name: " + existing.toLowerCase() + " is already in the register");
    assertThat(named(fresh)).isEmpty();
  }

  @Test
  void aFileNotInUtf8IsRefused() {
    HttpTestClient cam = cam();
    String token = cam.csrfTokenOn(PartnerImportPage.PATH);
    String boundary = "latin1";
    byte[] latin1 = (HEADER + "\nCaf\u00e9 Latin\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.csv\"\r\n\r\n"
        + new String(latin1, java.nio.charset.StandardCharsets.ISO_8859_1) + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> refused = cam.postBytes(PartnerImportPage.PATH + "?_csrf=" + token,
        "multipart/form-data; boundary=" + boundary, body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("CSV file: save the file as CSV UTF-8");
  }

  @Test
  void aFileWithoutTheColumnsOrNoFileIsRefused() {
    HttpResponse<String> noHeader = importCsv(cam(), "organisation,where\nSomeone,Abbey\n");
    assertThat(noHeader.statusCode()).isEqualTo(400);
    assertThat(noHeader.body()).contains("Line 1: the header row must name the columns", "it lacks name, sector");

    HttpTestClient cam = cam();
    HttpResponse<String> noFile = cam.send("POST", PartnerImportPage.PATH + "?_csrf=" + cam.csrfTokenOn(PartnerImportPage.PATH),
        "multipart/form-data; boundary=x", "--x--\r\n");
    assertThat(noFile.statusCode()).isEqualTo(400);
    assertThat(noFile.body()).contains("CSV file: choose a CSV file to import");

  }

  @Test
  void onlyChampionsAndAdministratorsImport() {
    String name = unique("Officer Import");
    HttpTestClient olivia = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD);
    String token = olivia.csrfTokenOn("/partners");
    HttpResponse<String> refused = olivia.postFile(PartnerImportPage.PATH + "?_csrf=" + token, PartnerImportPage.FILE,
        "partners.csv", HEADER + "\n" + csvRow(fields(name)) + "\n");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(named(name)).isEmpty();
  }

  private java.util.Optional<Partner> named(String name) {
    List<Partner> all = register.all();
    return all.stream().filter(partner -> partner.details().name().equals(name)).findFirst();
  }

  private HttpTestClient cam() {
    return HttpTestClient.signedIn(port, "cam", DemoUsers.PASSWORD);
  }
}
