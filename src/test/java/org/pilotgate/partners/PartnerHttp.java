package org.pilotgate.partners;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pilotgate.HttpTestClient;

/** A browser's posts to the partner pages: form fields with repeated values, and a CSV upload, with the page's CSRF token. */
final class PartnerHttp {

  private PartnerHttp() {}

  /** The fields of a valid partner; areas Abbey and Castle, an engaged bus company. */
  static Map<String, List<String>> fields(String name) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put(PartnerFields.NAME, List.of(name));
    fields.put(PartnerFields.SECTOR, List.of("PRIVATE"));
    fields.put(PartnerFields.KIND, List.of("Bus drivers"));
    fields.put(PartnerFields.AREAS, List.of("Abbey", "Castle"));
    fields.put(PartnerFields.TOUCHPOINTS, List.of("Drivers greet regular passengers"));
    fields.put(PartnerFields.RESIDENT_GROUPS, List.of("Older people living alone"));
    fields.put(PartnerFields.CONTACT_NAME, List.of("Quentin Zebedee-Partridge"));
    fields.put(PartnerFields.CONTACT_EMAIL, List.of("quentin.zp@example.org"));
    fields.put(PartnerFields.CONTACT_PHONE, List.of("01632 969999"));
    fields.put(PartnerFields.DATA_SHARING, List.of("DRAFT"));
    fields.put(PartnerFields.STATUS, List.of("ENGAGED"));
    return fields;
  }

  static Map<String, List<String>> with(Map<String, List<String>> fields, String field, String... values) {
    Map<String, List<String>> changed = new LinkedHashMap<>(fields);
    changed.put(field, List.of(values));
    return changed;
  }

  /** Posts {@code fields} to {@code path} with the CSRF token of the form on {@code formPage}. */
  static HttpResponse<String> post(HttpTestClient browser, String formPage, String path, Map<String, List<String>> fields) {
    List<String> pairs = new ArrayList<>();
    pairs.add("_csrf=" + encode(browser.csrfTokenOn(formPage)));
    fields.forEach((field, values) -> values.forEach(value -> pairs.add(field + "=" + encode(value))));
    return browser.send("POST", path, "application/x-www-form-urlencoded", String.join("&", pairs));
  }

  /** Uploads {@code csv} on the import page, as its form does (multipart, the token in a field). */
  static HttpResponse<String> importCsv(HttpTestClient browser, String csv) {
    String token = browser.csrfTokenOn(PartnerImportPage.PATH);
    String boundary = "partners-" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"partners.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
    return browser.send("POST", PartnerImportPage.PATH, "multipart/form-data; boundary=" + boundary, body);
  }

  static String csvRow(Map<String, List<String>> fields) {
    return PartnerCsv.COLUMNS.stream().map(column -> '"' + String.join("; ", fields.getOrDefault(column, List.of())) + '"')
        .collect(Collectors.joining(","));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
