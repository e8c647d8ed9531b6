package org.pilotgate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Production logs one JSON object a line in the Elastic Common Schema, whose formatter writes every
 * logging-context (MDC) entry, the pilot's reference included, as a field of its own. Checked on the
 * profile's settings: a JVM configures logging once, so a production context started among other
 * tests' contexts would log in their format, not its own.
 */
class ProductionLogsTest {

  @Test
  void productionLogsAreEcsJson() throws IOException {
    PropertySource<?> prod = new YamlPropertySourceLoader()
        .load("prod", new ClassPathResource("application-prod.yml")).get(0);
    assertThat(prod.getProperty("logging.structured.format.console")).isEqualTo("ecs");
  }
}
