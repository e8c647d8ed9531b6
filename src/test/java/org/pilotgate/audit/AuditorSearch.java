package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;

/** Finding pilots through the JSON API as the demo auditor ada, as the audit tests do. */
final class AuditorSearch {

  private AuditorSearch() {}

  static JsonNode search(int port, String query) {
    HttpResponse<String> response = HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD)
        .get("/api/audit/pilots?" + query);
    assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(200);
    return HttpTestClient.json(response);
  }
}
