package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.ACKNOWLEDGE_PRIOR_WORK;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.SubmissionRejected;
import org.pilotgate.process.ProcessData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The prior-work check finds similar published reports; a similar failure makes the proposer say
 * what is different this time before a manager reviews the proposal.
 */
class PriorWorkCheckTest extends PilotProcessTest {

  @Autowired LibraryStore library;
  @Autowired LibraryIndex index;

  @Test
  void aSimilarFailureMustBeAnsweredBeforeReview() {
    library.publishOnce(TestPilots.report("PEER", "PIL-2025-0101", "Quokka wardens befriend lonely bus passengers",
        "FAILED", "ADULT_SOCIAL_CARE", "Quokka wardens had no time at stops"), "prior-work-0101");
    library.publishOnce(TestPilots.report("DEMO", "PIL-2025-0102", "Longer library opening hours", "SUCCEEDED",
        "CUSTOMER_SERVICES", "Evening opening drew students"), "prior-work-0102");
    index.catchUp();

    // other tests publish failures of the standard test proposal; this one is like the PEER report above all
    ProcessInstance pilot = as("olivia", () -> runtime.startProcessInstanceByKey(PROCESS, proposal()
        .putValue("title", "Quokka wardens befriend lonely bus passengers")
        .putValue("problem", "Lonely passengers rarely meet quokka wardens")));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> matches = (List<Map<String, Object>>) variable(pilot, "priorWorkMatches");
    // the matches' scores depend on what else the library holds, so the test asks for the best match only
    assertThat(matches).extracting(m -> m.get("globalId")).first().isEqualTo("PEER/PIL-2025-0101");
    assertThat(matches).filteredOn(m -> "PEER/PIL-2025-0101".equals(m.get("globalId"))).singleElement()
        .satisfies(m -> assertThat((Double) m.get("similarity")).isPositive());
    assertThat(pilot).isWaitingAt(ACKNOWLEDGE_PRIOR_WORK).task().isAssignedTo("olivia");

    List<?> failures = (List<?>) variable(pilot, "similarFailures");
    assertThat(failures).extracting(f -> (Object) ((Map<?, ?>) f).get("globalId")).as("a success is not a failure to answer")
        .contains("PEER/PIL-2025-0101").doesNotContain("DEMO/PIL-2025-0102");
    assertThatThrownBy(() -> complete(pilot, ACKNOWLEDGE_PRIOR_WORK, "olivia", org.camunda.bpm.engine.variable.Variables
        .createVariables().putValue("similarFailures", ProcessData.json(failures.stream().map(f -> Map.of()).toList()))))
        .isInstanceOf(SubmissionRejected.class).hasMessage("Similar pilots that failed, row 1, What is different this time is required.");

    var tampered = TestPilots.acknowledgement(failures.size());
    complete(pilot, ACKNOWLEDGE_PRIOR_WORK, "olivia", tampered);
    assertThat(pilot).isWaitingAt(REVIEW_PROPOSAL);
    assertThat((List<?>) variable(pilot, "similarFailures")).as("the failures come from the check, not the form")
        .allSatisfy(answered -> assertThat(((Map<?, ?>) answered).get("globalId")).isNotNull());
    assertThat((List<?>) variable(pilot, "similarFailures")).allSatisfy(answered -> assertThat(
        ((Map<?, ?>) answered).get("whatIsDifferent")).asString().contains("protected time"));
  }

  @Test
  void aProposalLikeNothingPublishedGoesStraightToReview() {
    ProcessInstance pilot = as("olivia", () -> runtime.startProcessInstanceByKey(PROCESS, proposal()
        .putValue("title", "Solar canopies over depot car parks")
        .putValue("summary", "Photovoltaic canopies generate electricity for vehicle charging.")
        .putValue("problem", "Grid electricity for charging municipal fleets is expensive.")
        .putValue("hypothesis", "If canopies generate power, charging costs fall because less is bought in.")
        .putValue("interventionKind", "PROCESS_REDESIGN")
        .putValue("interventionWhat", "Install photovoltaic canopies")
        .putValue("interventionWho", "Estates contractor")
        .putValue("interventionWhere", "Two depots")
        .putValue("interventionFrequency", "Continuous")
        .putValue("serviceArea", "ENVIRONMENT")));

    assertThat(pilot).isWaitingAt(REVIEW_PROPOSAL).hasNotPassed(ACKNOWLEDGE_PRIOR_WORK);
    assertThat(variable(pilot, "similarFailureFound")).isEqualTo(false);
  }
}
