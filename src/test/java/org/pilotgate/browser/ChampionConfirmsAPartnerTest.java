package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.pilotgate.TestPilots;
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
    choose(confirmation, "Kind of organisation", "Charities");
    choose(confirmation, "Sector", "Third sector (charity or social enterprise)");
    browser.screenshot("confirming");
    tasklist.complete();

    var added = register.all().stream().filter(partner -> partner.details().name().equals(name)).findFirst();
    assertThat(added).as("%s in the register", name).isPresent();
    assertThat(added.get().details().areas()).containsExactly("Westfield");
    assertThat(links.pilotsOf(added.get().id())).containsExactly(pilot.getBusinessKey());
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Tasklist may still be laying out the claimed task's form: a dropdown click it intercepts is tried again. */
  private void choose(CamundaForm form, String label, String option) {
    for (int attempt = 1; ; attempt++) {
      try {
        form.choose(label, option);
        return;
      } catch (ElementClickInterceptedException | AssertionError stillMoving) {
        // the dropdown may have stayed open: the next press on the select closes it, the one after opens it
        if (attempt == 6) {
          throw stillMoving;
        }
        sleep();
      }
    }
  }
}
