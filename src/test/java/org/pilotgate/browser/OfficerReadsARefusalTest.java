package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;

/**
 * A submission the server refuses reads as a person would write it: the field's label and the problem,
 * no task id and no variable name, and the message leaves the form's Complete button in reach.
 */
class OfficerReadsARefusalTest extends BrowserTest {

  @Test
  void aTrialEndingBeforeItStartsIsRefusedByTheFieldsLabelAndCompleteStaysInReach() {
    ProcessInstance pilot = approved("olivia", "mia");
    String reference = reference(pilot);
    String taskId = openTask(pilot, PLAN_TRIAL).getId();

    browser.signInAs("olivia");
    Tasklist tasklist = new Tasklist(browser).open().openTask(reference);
    CamundaForm plan = tasklist.form();
    plan.type("Trial start", CamundaForm.typed(TestPilots.TODAY.plusDays(20)))
        .type("Trial end", CamundaForm.typed(TestPilots.TODAY.plusDays(10)))
        .type("Trial sites", "Routes 5 and 7 depots")
        .type("Data collection", "Referral log kept by the contact centre")
        .holdsWhatWasTyped();
    String refusal = tasklist.completeRefused();
    browser.screenshot("refused");

    assertThat(refusal).startsWith("Trial end must be after the trial start")
        .doesNotContain(taskId).doesNotContain("trialEnd").doesNotContain("Cannot submit");
    assertThat(tasklist.completeIsInReach()).as("the message leaves the Complete button visible and clickable").isTrue();
    assertThat(openTask(pilot, PLAN_TRIAL).getId()).as("nothing was completed").isEqualTo(taskId);
  }
}
