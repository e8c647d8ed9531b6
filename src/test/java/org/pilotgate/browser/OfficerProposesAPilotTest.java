package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotgate.TestPilots;

/** An officer proposes a pilot in Tasklist: the start form with its lists, a missing field, then the fix. */
class OfficerProposesAPilotTest extends BrowserTest {

  private final String title = "Welcome calls for new tenants " + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void anOfficerFillsTheStartFormAndNothingStartsUntilTheMissingFieldIsGiven() {
    browser.signInAs("olivia");
    Tasklist tasklist = new Tasklist(browser).open();
    browser.screenshot("tasklist");

    CamundaForm form = tasklist.startProcess(Tasklist.PILOT_LIFECYCLE);
    Proposals.fillAllButTheHypothesis(form, title, CamundaForm.typed(TestPilots.TODAY.plusDays(14)),
        CamundaForm.typed(TestPilots.TODAY.plusMonths(9)));
    form.holdsWhatWasTyped();
    form.type("Hypothesis", "If we call, fewer tenancies fail.").holdsWhatWasTyped().empty("Hypothesis");

    assertThat(form.errorOf("Hypothesis")).as("form-js names the missing field").isEqualTo("Field is required.");
    assertThat(tasklist.canStart()).as("Start is refused while a required field is missing").isFalse();
    browser.screenshot("hypothesis-missing");
    assertThat(pilotsTitled()).as("nothing started").isEmpty();

    form.type("Hypothesis", "If a housing officer calls in the first week, fewer tenancies fail, because problems surface early.")
        .holdsWhatWasTyped().show("Partners");
    browser.readmeScreenshot("start-form-complete", "start-form");
    // Tasklist and form-js are Camunda's: what axe-core finds in them is reported, not held against PilotGate
    Axe.check(browser, "tasklist-start-form");
    tasklist.start();
    browser.screenshot("started");

    List<ProcessInstance> started = pilotsTitled();
    assertThat(started).as("exactly one pilot started").hasSize(1);
    ProcessInstance pilot = started.get(0);
    assertThat(pilot.getBusinessKey()).matches("PIL-\\d{4}-\\d{4}");
    assertThat(browser.find(By.cssSelector(".pilotgate-proposed")).getText()).as("Tasklist says the reference")
        .contains("Your pilot " + pilot.getBusinessKey() + " has been proposed.", "See it on My pilots");
    assertThat(variable(pilot, "proposer")).isEqualTo("olivia");
    assertThat(variable(pilot, "plannedStart")).isEqualTo(TestPilots.TODAY.plusDays(14).toString());
    assertThat((List<?>) variable(pilot, "partners")).singleElement().isEqualTo(Map.of(
        "name", "Riverside Housing Association", "sector", "THIRD_SECTOR", "role", "Makes the calls"));
    List<?> criteria = (List<?>) variable(pilot, "successCriteria");
    assertThat(criteria.stream().map(criterion -> (Object) ((Map<?, ?>) criterion).get("name")).toList())
        .containsExactly("Tenancies failing in the first year", "Tenants satisfied with the welcome");
  }

  private List<ProcessInstance> pilotsTitled() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("pilot-lifecycle")
        .variableValueEquals("title", title).list();
  }
}
