package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.TRIAL_STOPPED_EARLY;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotgate.TestPilots;
import org.pilotgate.trial.TrialRecord;

/**
 * During a trial nothing waits in a manager's "Decisions waiting"; a manager stops the trial early on
 * the pilot's stop page, with a reason, and the proposer is then asked for the failure report.
 */
class ManagerStopsATrialEarlyTest extends BrowserTest {

  @Test
  void aManagerStopsATrialFromItsPageNotFromATaskList() {
    ProcessInstance inTrial = inTrial("olivia", "max");
    ProcessInstance inReview = propose("oscar", TestPilots.proposal());

    browser.signInAs("mia");
    new Tasklist(browser).open().filter("Decisions waiting");
    browser.find(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + inReview.getBusinessKey() + "')]"));
    String decisions = browser.find(By.cssSelector("ol.tasks-list")).getText();
    assertThat(decisions).as("the list is loaded: the review waiting is in it").contains(inReview.getBusinessKey());
    assertThat(decisions).as("no early-stop task during the trial")
        .doesNotContain(inTrial.getBusinessKey()).doesNotContainIgnoringCase("stop the trial early");
    browser.screenshot("decisions-waiting-during-a-trial");

    browser.open("/pilots/" + inTrial.getBusinessKey() + "/stop-early");
    browser.find(By.xpath("//h1[normalize-space()='Stop the trial early']"));
    assertThat(Axe.check(browser, "stop-early")).as("serious or critical axe-core violations")
        .filteredOn(v -> Axe.BLOCKING.contains(v.impact())).isEmpty();
    browser.find(By.xpath("//label[normalize-space()='Harm to residents, staff or others']")).click();
    browser.find(By.id("earlyStopReason")).sendKeys("Two passengers said drivers pressed them to join.");
    browser.screenshot("stop-early-form");
    browser.find(By.xpath("//button[normalize-space()='Stop the trial']")).click();
    browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/pilots/" + inTrial.getBusinessKey()));

    assertThat(inTrial).hasPassed(TRIAL_STOPPED_EARLY).isWaitingAt(DRAFT_FAILURE_REPORT).task().isAssignedTo("olivia");
    assertThat(variable(inTrial, TrialRecord.EARLY_STOP_REASON_CODE)).isEqualTo("HARM");
    assertThat(variable(inTrial, TrialRecord.EARLY_STOP_REASON))
        .isEqualTo("Two passengers said drivers pressed them to join.");
  }
}
