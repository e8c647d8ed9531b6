package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotgate.demo.DemoSeeded;

/**
 * The demo as a newcomer first sees it: before anyone has done anything, a stranger finds published
 * reports in the library, a failure among them, and the compliance page lists stopped pilots.
 */
@DemoSeeded
class DemoShowsEverythingTest extends BrowserTest {

  @Test
  void theLibraryListsAFailureReportAtFirstStart() {
    browser.open("/library");
    browser.find(By.partialLinkText("Bus drivers refer isolated older passengers"));
    assertThat(browser.text()).contains("Failed").contains("Postal workers check on older residents who live alone");
    browser.screenshot("library-at-first-start");

    browser.find(By.partialLinkText("Bus drivers refer isolated older passengers")).click();
    browser.find(By.xpath("//*[contains(normalize-space(),'Agree protected time with the operator')]"));
    browser.screenshot("failure-report-at-first-start");

    browser.open("/library/compliance");
    assertThat(browser.find(By.tagName("main")).getText()).contains("Bin crews notice signs of self-neglect")
        .contains("Overdue");
    browser.screenshot("compliance-at-first-start");
  }
}
