package org.pilotgate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotgate.security.ProductionProfileTest;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Production logs one JSON object a line, the pilot's reference a field of its own. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionLogsTest {

  @Test
  void aLineAboutAPilotIsJsonWithItsReference(CapturedOutput output) {
    try (ConfigurableApplicationContext production = ProductionProfileTest.prod("root", "Long-Secret-4-council")) {
      MDC.put("pilotReference", "PIL-2026-0042");
      try {
        LoggerFactory.getLogger(ProductionLogsTest.class).info("A line about a pilot");
      } finally {
        MDC.remove("pilotReference");
      }
    }
    assertThat(output.getOut().lines().filter(line -> line.contains("A line about a pilot")))
        .singleElement().satisfies(line -> assertThat(line).startsWith("{").endsWith("}")
            .contains("\"pilotReference\":\"PIL-2026-0042\"", "\"log\":{\"level\":\"INFO\""));
  }
}
