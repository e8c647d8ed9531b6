package org.pilotgate.library.peers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses how reports from peers are checked before they are stored. */
@Configuration
class PeerImportConfig {

  /** The required fields of a report; to check the whole published schema, return {@code schema::problems}. */
  @Bean
  ReportValidator peerReportValidator() {
    return new RequiredFieldsValidator();
  }
}
