package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.pilot.RegistrationRecord;

/**
 * An officer types 04/02/2027, as people in the UK write the 4th of February: the form reads it back in
 * words, the engine stores that day, and the next step's form shows it day/month/year again.
 */
class OfficerTypesAUkDateTest extends BrowserTest {

  private final String title = "Welcome packs for new tenants " + UUID.randomUUID().toString().substring(0, 8);

  @Test
  @SuppressWarnings("unchecked")
  void fourSlashTwoIsTheFourthOfFebruaryEverywhere() {
    browser.signInAs("olivia");
    Tasklist tasklist = new Tasklist(browser).open();
    CamundaForm proposal = Proposals.fillAllButTheHypothesis(tasklist.startProcess(Tasklist.PILOT_LIFECYCLE), title,
        "31/02/2027", "30/11/2027");
    proposal.type("Hypothesis", "If new tenants get a welcome pack, fewer tenancies fail.").holdsWhatWasTyped();
    browser.waitUntil(d -> proposal.text().contains(
        "From not a date: write it day/month/year, like 04/02/2027 to 30 November 2027"));
    browser.screenshot("no-such-day");

    proposal.type("Planned start", "04/02/2027").holdsWhatWasTyped().showField("Planned start");
    browser.waitUntil(d -> proposal.text().contains("From 4 February 2027 to 30 November 2027"));
    browser.screenshot("dates-typed-day-month-year");
    tasklist.start();

    ProcessInstance pilot = single(runtime.createProcessInstanceQuery().processDefinitionKey("pilot-lifecycle")
        .variableValueEquals(RegistrationRecord.TITLE, title).list());
    assertThat(variable(pilot, RegistrationRecord.PLANNED_START)).isEqualTo("2027-02-04");
    assertThat(variable(pilot, RegistrationRecord.PLANNED_END)).isEqualTo("2027-11-30");
    assertThat((Map<String, Object>) variable(pilot, RegistrationRecord.VARIABLE)).as("the registration")
        .containsEntry("plannedStart", "2027-02-04").containsEntry("plannedEnd", "2027-11-30");

    acknowledgeSimilarFailuresIfAsked(pilot);
    complete(pilot, "ReviewProposal", "max", TestPilots.approve("reviewDecision"));
    browser.driver().navigate().refresh();
    CamundaForm plan = new Tasklist(browser).open().openTask(pilot.getBusinessKey()).form();
    assertThat(plan.valueOf("Trial start")).as("the proposed start, offered day/month/year").isEqualTo("04/02/2027");
    assertThat(plan.valueOf("Trial end")).isEqualTo("30/11/2027");
    assertThat(plan.text()).contains("Planned dates: 4 February 2027 to 30 November 2027")
        .contains("From 4 February 2027 to 30 November 2027");
    plan.showField("Trial start");
    browser.screenshot("plan-offers-the-dates-day-month-year");
  }

  private static ProcessInstance single(List<ProcessInstance> started) {
    assertThat(started).as("exactly one pilot started").hasSize(1);
    return started.get(0);
  }
}
