package org.pilotgate.partners;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register as files: the whole of it for signed-in staff, and the open data for everyone, which
 * holds the organisations and never a contact person.
 */
@RestController
class PartnerExports {

  private final PartnerRegister register;

  PartnerExports(PartnerRegister register) {
    this.register = register;
  }

  @GetMapping(PartnerPages.REGISTER + "/export.csv")
  void export(HttpServletResponse response) throws IOException {
    csv(response, "pilotgate-partners.csv", PartnerCsv.COLUMNS);
  }

  @GetMapping("/api/partners/open-data.csv")
  void openDataCsv(HttpServletResponse response) throws IOException {
    csv(response, "pilotgate-partners-open-data.csv", PartnerCsv.OPEN_COLUMNS);
  }

  /** {"partners": [{"name": ..., "sector": ..., "kind": ..., "areas": [...], ...}]}, by name. */
  @GetMapping("/api/partners/open-data.json")
  Map<String, List<Map<String, Object>>> openDataJson() {
    return Map.of("partners", register.all().stream().map(PartnerExports::openData).toList());
  }

  private static Map<String, Object> openData(Partner partner) {
    Map<String, List<String>> values = PartnerFields.values(partner.details());
    Map<String, Object> open = new LinkedHashMap<>();
    for (String field : PartnerCsv.OPEN_COLUMNS) {
      open.put(field, PartnerFields.LISTS.contains(field) ? values.get(field) : values.get(field).stream().findFirst().orElse(null));
    }
    return open;
  }

  private void csv(HttpServletResponse response, String fileName, List<String> columns) throws IOException {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    PartnerCsv.write(register.all(), columns, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
  }
}
