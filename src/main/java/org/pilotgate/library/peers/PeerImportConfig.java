package org.pilotgate.library.peers;

import org.pilotgate.library.ReportSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses how reports from peers are checked before they are stored. */
@Configuration
class PeerImportConfig {

  /** Imported reports must match the published schema, docs/library-report.schema.json. */
  @Bean
  ReportValidator peerReportValidator(ReportSchema schema) {
    return schema::problems;
  }
}
