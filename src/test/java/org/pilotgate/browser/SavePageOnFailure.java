package org.pilotgate.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** When a browser scenario fails, keeps the page's source and a screenshot beside its step screenshots. */
class SavePageOnFailure implements TestWatcher {

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    context.getTestInstance()
        .filter(BrowserTest.class::isInstance)
        .map(test -> ((BrowserTest) test).browser)
        .ifPresent(browser -> browser.saveEvidence(context.getRequiredTestMethod().getName()));
  }
}
