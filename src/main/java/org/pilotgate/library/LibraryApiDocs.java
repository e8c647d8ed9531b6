package org.pilotgate.library;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of PilotGate's own API at {@code /v3/api-docs}, with Swagger UI at
 * {@code /swagger-ui.html}. {@code springdoc.paths-to-match} in application.yml keeps Camunda's
 * engine REST API out of it.
 */
@Configuration
class LibraryApiDocs {

  @Bean
  OpenAPI pilotGateOpenApi() {
    return new OpenAPI().info(new Info()
        .title("PilotGate learning library API")
        .description("Published pilot reports, failures and successes alike, open to everyone without sign-in: "
            + "search, each report by id, what works (counts, shares and median costs over the reports a search "
            + "matches, and the champions' published \"what works\" insights), an Atom feed, and open-data "
            + "export as JSON and CSV, which peer councils import from. The report format is described by "
            + "docs/library-report.schema.json (JSON Schema 2020-12), the export by "
            + "docs/library-export.schema.json.")
        .version("1"));
  }
}
