package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.pilotgate.demo.DemoSeeded;

/**
 * The demo as a newcomer first sees it: before anyone has done anything, a stranger finds published
 * reports in the library, a failure among them, and the compliance page lists stopped pilots; what
 * works counts them; and a champion finds the wards drawn on the partner map, with its gaps.
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

  @Test
  void whatWorksCountsTheReportsByKindOfIntervention() {
    browser.open("/library/what-works");
    assertThat(browser.find(By.id("intervention-kinds-heading")).getText()).isEqualTo("Pilots per kind of intervention");
    assertThat(browser.find(By.cssSelector("section[aria-labelledby='intervention-kinds-heading'] table")).getText())
        .contains("Partnership 1", "Outreach 1");
    scrollTo(By.id("service-areas-heading"));
    browser.readmeScreenshot("what-works", "what-works");
  }

  @Test
  void theChampionsMapDrawsTheWardsAndShowsTheGaps() {
    browser.signInAs("cam");
    browser.open("/partners/map");
    assertThat(browser.driver().findElements(By.cssSelector("svg.area-map__svg path.area-map__area"))).hasSize(5);
    assertThat(browser.driver().findElement(By.id("area-map-desc")).getAttribute("textContent"))
        .contains("Castle: 4 of 11 kinds of organisation have an engaged partner.");
    assertThat(browser.find(By.id("gap-count")).getText()).doesNotStartWith("0 of");
    scrollTo(By.id("area-map-heading"));
    browser.readmeScreenshot("partner-map", "partner-map");
    scrollTo(By.id("coverage"));
    browser.screenshot("partner-map-table");
  }

  private void scrollTo(By element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
        browser.find(element));
  }
}
