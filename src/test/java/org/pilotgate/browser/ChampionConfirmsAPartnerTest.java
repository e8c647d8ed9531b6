package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pilotgate.TestPilots;
import org.pilotgate.partners.PartnerDetails;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.partners.PilotPartnerLinks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A collaboration champion signs in, lands on the champions' own Tasklist filter with a partner to
 * confirm in it, and confirms the partner a proposal named into the register.
 */
class ChampionConfirmsAPartnerTest extends BrowserTest {

  @Autowired PartnerRegister register;
  @Autowired PilotPartnerLinks links;

  @Test
  void camLandsOnTheChampionsWorkAndConfirmsAPartnerNamedInAProposal() {
    String name = "Westfield Men's Shed " + System.nanoTime();
    ProcessInstance pilot = propose("olivia", TestPilots.proposalNaming(Map.of("name", name, "sector", "THIRD_SECTOR",
        "role", "Members visit neighbours who live alone")));

    // tall enough that the kinds' dropdown opens in full above the form's end
    browser.driver().manage().window().setSize(new Dimension(1280, 1600));
    browser.signInAs("cam");
    Tasklist tasklist = new Tasklist(browser).open();
    assertThat(browser.find(By.cssSelector(".task-filter.active")).getText()).contains("Champions' work");
    browser.find(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + pilot.getBusinessKey() + "')]"));
    browser.screenshot("champions-work");

    CamundaForm confirmation = tasklist.openTask(pilot.getBusinessKey() + " · Confirm this partner").claim();
    assertThat(confirmation.text()).contains(name, "Members visit neighbours who live alone");
    confirmation.tick("A new partner: add it to the register");
    assertThat(confirmation.valueOf("Organisation name")).isEqualTo(name);
    confirmation.tick("Westfield");
    choose("Kind of organisation", "Charities");
    browser.screenshot("confirming");
    tasklist.complete();

    var added = register.all().stream().filter(partner -> partner.details().name().equals(name)).findFirst();
    assertThat(added).as("%s in the register", name).isPresent();
    assertThat(added.get().details().areas()).containsExactly("Westfield");
    assertThat(added.get().details().sector()).as("offered from the proposal's sector").isEqualTo(PartnerDetails.Sector.THIRD_SECTOR);
    assertThat(links.pilotsOf(added.get().id())).containsExactly(pilot.getBusinessKey());
  }

  /**
   * Picks {@code option} in the select labelled {@code label}. Tasklist lays the next field over this
   * form's open dropdown, so a pointer click lands on that field: the option is picked as form-js
   * picks it, on mouse down.
   */
  private void choose(String label, String option) {
    WebElement labelElement = browser.find(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(text()[1])='"
        + label + "']"));
    WebElement display = browser.find(By.id(labelElement.getAttribute("for") + "-display"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", display);
    display.click();
    WebElement item = browser.waitUntil(d -> display.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"))
        .findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(candidate -> candidate.getText().trim().equals(option)).findFirst().orElse(null));
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));", item);
    browser.waitUntil(d -> display.getText().contains(option));
  }
}
