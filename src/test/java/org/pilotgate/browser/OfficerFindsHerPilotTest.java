package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;

/**
 * An officer proposes a pilot from Tasklist, is told its reference, then finds it on "My pilots" from
 * Tasklist's header beside her earlier pilots: its status and whom it waits for, and its own page.
 */
class OfficerFindsHerPilotTest extends BrowserTest {

  @Test
  void oliviaProposesAndFindsHerPilotsStatusOnMyPilots() throws Exception {
    String atTheGate = reference(atTheGate("olivia", "mia"));
    String approved = reference(approved("olivia", "mia"));
    browser.signInAs("olivia");
    new Tasklist(browser).open();

    long status = proposeAsTheStartFormDoes();
    assertThat(status).as("the start form's request").isEqualTo(200);
    WebElement notice = browser.find(By.cssSelector(".pilotgate-proposed"));
    assertThat(notice.getText()).matches("(?s).*Your pilot PIL-\\d{4}-\\d{4} has been proposed\\. See it on My pilots.*");
    String reference = notice.findElement(By.tagName("strong")).getText().split(" ")[2];
    ProcessInstance pilot = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    assertThat(pilot).as("the pilot the notice names was started").isNotNull();
    browser.screenshot("proposed");
    acknowledgeSimilarFailuresIfAsked(pilot);

    browser.find(By.cssSelector("li.pilotgate-my-pilots a")).click();
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/pilots"));
    WebElement row = browser.find(By.cssSelector("tr[data-reference='" + reference + "']"));
    assertThat(row.getText()).contains(reference, "In review", "Review the proposal — waiting for a manager", "Due");
    assertThat(browser.find(By.cssSelector("tr[data-reference='" + approved + "']")).getText())
        .contains("Planning the trial", "Plan the trial — waiting for you", "Open in Tasklist");
    assertThat(browser.find(By.cssSelector("tr[data-reference='" + atTheGate + "']")).getText())
        .contains("At the gate", "Decide the evaluation gate — waiting for a manager");
    browser.readmeScreenshot("my-pilots", "my-pilots");

    row.findElement(By.linkText(reference)).click();
    browser.find(By.id("pilot-facts"));
    assertThat(browser.text()).contains(reference, "In review", "Review the proposal — waiting for a manager",
        "Referrals received", "Proposed by Olivia Officer");
    browser.screenshot("pilot-page");
  }

  /**
   * Starts a pilot from Tasklist's page with the request its start form sends on "Start" (the form
   * itself is filled in by OfficerProposesAPilotTest): the webapp's engine API, with its CSRF token.
   */
  private long proposeAsTheStartFormDoes() throws Exception {
    String body = new ObjectMapper().writeValueAsString(
        Map.of("variables", HttpTestClient.variables(TestPilots.proposal())));
    return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const request = new XMLHttpRequest();
        request.open('POST', '/camunda/api/engine/engine/default/process-definition/key/pilot-lifecycle/submit-form');
        request.setRequestHeader('Content-Type', 'application/json');
        request.setRequestHeader('X-XSRF-TOKEN', document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1]);
        request.onloadend = () => done(request.status);
        request.send(arguments[0]);
        """, body);
  }
}
