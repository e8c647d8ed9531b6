package org.pilotgate.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A scenario in a real browser: the application on a random port with the real engine (the same
 * Spring context as the other HTTP tests), one headless Chromium per class, and the engine helpers
 * of {@link PilotProcessTest} for the steps the scenario does not show. Tagged {@code browser}: the
 * PostgreSQL run leaves them out, and {@code mvn -B test -Dgroups=browser} runs only them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
@ExtendWith(SavePageOnFailure.class)
abstract class BrowserTest extends PilotProcessTest {

  @LocalServerPort int port;
  Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = Browser.start(port, getClass().getSimpleName());
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
