package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryIndex;
import org.springframework.beans.factory.annotation.Autowired;

/** Approving a report closes the loop: Tasklist says it is published and links to it in the library. */
class ManagerApprovesAReportTest extends BrowserTest {

  @Autowired LibraryIndex index;

  @Test
  void approvingAFailureReportConfirmsWithALinkToTheLibrary() {
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");
    String reference = reference(pilot);
    String title = (String) variable(pilot, "title");
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", TestPilots.failureReport());

    browser.signInAs("max");
    Tasklist tasklist = new Tasklist(browser).open().filter("Decisions waiting").openTask(reference);
    tasklist.claim().tick("Approve: publish the report");
    tasklist.complete();

    WebElement confirmation = browser.find(By.cssSelector(".pilotgate-published"));
    browser.screenshot("published");
    assertThat(confirmation.getText()).contains("Published: " + title + " — read it in the learning library");
    WebElement link = confirmation.findElement(By.linkText("read it in the learning library"));
    assertThat(link.getAttribute("href")).endsWith("/library/reports/" + reference);

    fire(pilot, PUBLISH_FAILURE_REPORT);
    index.catchUp();
    link.click();
    browser.find(By.xpath("//h1[contains(normalize-space(),'" + title + "')]"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/library/reports/DEMO/" + reference);
    assertThat(browser.text()).contains(reference);
    assertThat(openTaskCount(pilot, REVIEW_FAILURE_REPORT)).isZero();
  }

  private long openTaskCount(ProcessInstance pilot, String taskKey) {
    return engine().getTaskService().createTaskQuery().processInstanceId(pilot.getId()).taskDefinitionKey(taskKey).count();
  }
}
