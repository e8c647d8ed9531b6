package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryIndex;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pilot reaches the gate (the earlier steps through the engine); the manager stops it against the
 * recommendation, the officer drafts the failure report, the manager approves it, and after
 * publishing anyone finds it in the library by a word from its lessons.
 */
class ManagerStopsAPilotAtTheGateTest extends BrowserTest {

  @Autowired LibraryIndex index;

  /** A word only this scenario's lessons contain (no other test writes it), so the search finds one report. */
  private final String word = "timetabled";

  @Test
  void aStoppedPilotsFailureReportIsWrittenApprovedAndFoundInTheLibrary() {
    ProcessInstance pilot = atTheGateRecommendedToExtend();
    String reference = pilot.getBusinessKey();

    browser.signInAs("mia");
    Tasklist tasklist = new Tasklist(browser).open().filter("Decisions waiting").openTask(reference);
    CamundaForm gate = tasklist.claim();
    assertThat(gate.text()).contains("Recommendation: Extend the trial").contains("Referrals received").contains("21 per month")
        .contains("Loneliness score");
    assertThat(gate.tablesFit()).as("the criteria table fits the form: no column cut off").isTrue();
    browser.readmeScreenshot("gate-form", "gate-form");
    gate.tick("Stop: end the pilot and write the failure report")
        .type("Justification", "The operator will not give drivers time at stops, so more months will not help.")
        .holdsWhatWasTyped();
    browser.screenshot("stop-with-justification");
    tasklist.complete();
    assertThat(variable(pilot, "gateDecision")).isEqualTo("STOP");

    browser.signInAs("olivia");
    tasklist = new Tasklist(browser).open().openTask(reference);
    CamundaForm draft = tasklist.form();
    draft.type("What was tried", "Training and referral cards for drivers on two routes");
    draft.row("Results against each success criterion", 0).type("Actual result", 21)
        .type("Commentary", "Close to the target, but only on one route");
    draft.row("Results against each success criterion", 1).type("Commentary", "Survey not repeated: the trial stopped");
    draft.tick("Implementation: it was not delivered as planned")
        .type("Why it did not work, in your words", "Drivers had no time at stops to talk.")
        .type("Lessons for others", "Agree " + word + " breaks with the operator before training drivers.")
        .type("Cost spent", 9000)
        .holdsWhatWasTyped();
    browser.screenshot("failure-report-drafted");
    tasklist.complete();
    openTask(pilot, "ReviewFailureReport");

    browser.signInAs("mia");
    tasklist = new Tasklist(browser).open().filter("Decisions waiting").openTask(reference);
    CamundaForm review = tasklist.claim();
    assertThat(review.text()).contains(word);
    review.tick("Approve: publish the report");
    tasklist.complete();

    fire(pilot, "PublishFailureReport");
    index.catchUp();

    browser.driver().manage().deleteAllCookies();
    browser.open("/library");
    browser.find(By.id("q")).sendKeys(word);
    browser.find(By.xpath("//button[normalize-space()='Search']")).click();
    browser.find(By.partialLinkText("Bus drivers refer isolated older passengers"));
    assertThat(browser.text()).contains("1 report found");
    browser.readmeScreenshot("library-search", "library-search");
    browser.find(By.partialLinkText("Bus drivers refer isolated older passengers")).click();
    browser.find(By.xpath("//*[contains(normalize-space(),'" + word + "')]"));
    assertThat(browser.text()).contains(reference).contains("Agree " + word + " breaks with the operator")
        .contains("The operator will not give drivers time at stops");
    browser.readmeScreenshot("published-report", "published-failure-report");
  }

  /** Proposed, approved, planned, run and evaluated through the engine: 21 referrals against 20 recommends EXTEND. */
  private ProcessInstance atTheGateRecommendedToExtend() {
    ProcessInstance pilot = propose("olivia", TestPilots.proposal());
    complete(pilot, "ReviewProposal", "max", TestPilots.approve("reviewDecision"));
    complete(pilot, "PlanTrial", "olivia", TestPilots.plan());
    fire(pilot, "TrialEndReached");
    complete(pilot, "EvaluateTrial", "olivia", TestPilots.evaluation(21, 12000, 2));
    assertThat(variable(pilot, "recommendation")).isEqualTo("EXTEND");
    return pilot;
  }
}
