package org.pilotgate.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the browser tests need outside Maven: Debian's Chromium and ChromeDriver, and axe-core from
 * npm. On a machine without them the browser tests are skipped with a message naming what to
 * install; where {@code PILOTGATE_BROWSER_TESTS=required} (as {@code .ci/run} sets it) a missing
 * tool fails them instead, so CI never passes without having run them.
 */
record BrowserTools(Path chromium, Path chromedriver, Path axe) {

  static final String REQUIRED_VARIABLE = "PILOTGATE_BROWSER_TESTS";

  /** The tools at their usual places, each overridable with a system property. */
  static BrowserTools onThisMachine() {
    return new BrowserTools(
        Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium")),
        Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")),
        Path.of(System.getProperty("browser.axe", ".ci/node_modules/axe-core/axe.min.js")).toAbsolutePath());
  }

  /** Skips (or, where required, fails) the calling tests unless every tool is there. */
  BrowserTools requireOrSkip() {
    List<String> missing = missing();
    if (missing.isEmpty()) {
      return this;
    }
    String message = "Browser tests need " + String.join(", ", missing)
        + ". Install them with: apt-get install chromium chromium-driver; (cd .ci && npm ci --omit=dev)";
    if ("required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
      Assertions.fail(message + " (" + REQUIRED_VARIABLE + "=required, so they may not be skipped)");
    }
    System.out.println("SKIPPED: " + message);
    Assumptions.abort(message);
    return this;
  }

  List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add("Chromium at " + chromium + " (Debian package chromium)");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add("ChromeDriver at " + chromedriver + " (Debian package chromium-driver)");
    }
    if (!Files.isReadable(axe)) {
      missing.add("axe-core at " + axe + " (npm package axe-core, from .ci/package.json)");
    }
    return missing;
  }
}
