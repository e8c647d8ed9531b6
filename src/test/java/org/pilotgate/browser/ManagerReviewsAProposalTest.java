package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager finds a proposal waiting for review in Tasklist, sees the prior work it resembles, and approves it. */
class ManagerReviewsAProposalTest extends BrowserTest {

  @Autowired LibraryStore library;
  @Autowired LibraryIndex index;

  @Test
  void aManagerSeesThePriorWorkMatchesAndApproves() {
    ReportDocument earlier = TestPilots.report("PGREVIEW", "PIL-2025-0042", "Bus drivers refer isolated older passengers",
        ReportDocument.FAILED, "ADULT_SOCIAL_CARE", "Drivers had no time at stops.");
    library.publishOnce(earlier, "browser-review-" + earlier.globalId());
    index.catchUp();
    ProcessInstance pilot = propose("olivia", TestPilots.proposal());
    List<?> matches = (List<?>) variable(pilot, "priorWorkMatches");
    assertThat(matches).as("the prior-work check found the earlier failure").isNotEmpty();

    browser.signInAs("mia");
    Tasklist tasklist = new Tasklist(browser).open().filter("Decisions waiting").openTask(pilot.getBusinessKey());
    CamundaForm review = tasklist.claim();

    assertThat(review.text()).contains("Prior work in the library")
        .contains((String) ((Map<?, ?>) matches.get(0)).get("title"));
    browser.screenshot("review-with-prior-work");
    review.tick("Approve: the proposer can plan the trial");
    browser.screenshot("approving");
    tasklist.complete();

    assertThat(variable(pilot, "reviewDecision")).isEqualTo("APPROVE");
    openTask(pilot, "PlanTrial");
  }
}
