package org.pilotgate.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the npm package, installed in .ci/node_modules) injected into the page the browser shows,
 * run against the WCAG 2.0, 2.1 and 2.2 A and AA rules. Every finding is printed and written to
 * {@code target/browser/axe-<page>.json}.
 */
final class Axe {

  static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final String WCAG_AA = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Violation(String id, String impact, String help, int nodes, String firstTarget) {
    @Override
    public String toString() {
      return impact + " " + id + " (" + nodes + " element(s), e.g. " + firstTarget + "): " + help;
    }
  }

  private Axe() {}

  /** Checks the page shown now, calling it {@code page} in the output. */
  static List<Violation> check(Browser browser, String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    try {
      js.executeScript(Files.readString(BrowserTools.onThisMachine().axe()));
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      String result = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values: " + WCAG_AA + "}, resultTypes: ['violations']})"
          + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));");
      JsonNode violations = JSON.readTree(result);
      if (violations.has("error")) {
        throw new IllegalStateException("axe-core failed on " + page + ": " + violations.get("error").asText());
      }
      Files.writeString(Path.of("target", "browser", "axe-" + page + ".json"),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(violations));
      List<Violation> found = new ArrayList<>();
      for (JsonNode v : violations) {
        JsonNode nodes = v.path("nodes");
        found.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
            nodes.size(), nodes.path(0).path("target").toString()));
      }
      System.out.println("axe-core on " + page + " (" + browser.driver().getCurrentUrl() + "): "
          + (found.isEmpty() ? "no violations" : found.size() + " violation(s)"));
      found.forEach(v -> System.out.println("  " + v));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
