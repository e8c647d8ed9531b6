package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A collaboration champion adds a partner on PilotGate's own pages and sees the gap it fills close
 * on the partner map; an officer reads the partner but is not offered the changes.
 */
class ChampionMapsPartnersTest extends BrowserTest {

  private static final By WESTFIELD_HOUSING = By.cssSelector("td[data-area='Westfield'][data-kind='Housing officers']");

  @Test
  void camAddsAHousingAssociationAndTheMapShowsItInWestfield() {
    browser.signInAs("cam");
    browser.open("/partners/map");
    int before = count(browser.find(WESTFIELD_HOUSING));

    browser.open("/partners");
    browser.find(By.id("add-partner")).click();
    String name = "Westfield Homes " + System.nanoTime();
    browser.find(By.id("name")).sendKeys(name);
    browser.find(By.cssSelector("label[for='sector-THIRD_SECTOR']")).click();
    new Select(browser.find(By.id("kind"))).selectByVisibleText("Housing officers");
    clickLabel("areas", "Westfield");
    browser.find(By.id("touchpoints")).sendKeys("Housing officers visit every tenancy once a year");
    clickLabel("residentGroups", "Older people living alone");
    browser.find(By.id("contactName")).sendKeys("Robin Hale");
    browser.find(By.id("contactEmail")).sendKeys("robin.hale@example.org");
    browser.find(By.cssSelector("label[for='dataSharing-DRAFT']")).click();
    browser.find(By.cssSelector("label[for='status-ENGAGED']")).click();
    browser.screenshot("partner-form");
    browser.find(By.id("save-partner")).click();

    browser.find(By.id("partner-details"));
    assertThat(browser.text()).contains(name, "Housing officers", "Westfield", "Robin Hale", "Engaged", "by cam");
    browser.screenshot("partner-page");

    browser.find(By.linkText("Partner map")).click();
    assertThat(count(browser.find(WESTFIELD_HOUSING))).isEqualTo(before + 1);
    assertThat(browser.find(By.id("coverage")).getText()).contains("None");
    browser.screenshot("partner-map");

    browser.signInAs("olivia");
    browser.open("/partners");
    browser.find(By.linkText(name)).click();
    assertThat(browser.find(By.id("partner-details")).getText()).contains("Robin Hale");
    assertThat(browser.driver().findElements(By.id("edit-partner"))).isEmpty();
  }

  private void clickLabel(String field, String option) {
    browser.find(By.xpath("//input[@name='" + field + "']/following-sibling::label[normalize-space()='" + option + "']"))
        .click();
  }

  private static int count(WebElement cell) {
    String text = cell.getText().trim();
    return "None".equals(text) ? 0 : Integer.parseInt(text);
  }
}
