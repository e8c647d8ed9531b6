package org.pilotgate.pilot;

import org.pilotgate.TestPilots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pilotgate.TestPilots.criterion;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.TestPilots.submitted;

import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.process.ProcessData;

class RegistrationTest {

  @Test
  void aCompleteProposalRegistersEverything() {
    Registration registration = Registration.from(submitted(proposal()), TestPilots.NO_REGISTER);
    assertThat(registration.serviceArea()).isEqualTo(ServiceArea.ADULT_SOCIAL_CARE);
    assertThat(registration.intervention().kind()).isEqualTo(InterventionKind.PARTNERSHIP.name());
    assertThat(registration.successCriteria()).hasSize(2).first().matches(SuccessCriterion::primary);
    assertThat(registration.harmLimits()).singleElement().extracting(HarmLimit::breachedWhen)
        .isEqualTo(HarmLimit.Breach.ABOVE);
    assertThat(registration.partners()).singleElement().extracting(Partner::sector)
        .isEqualTo(Partner.Sector.UNIVERSAL_SERVICE_PROVIDER);
  }

  @Test
  void aMissingTitleIsNamed() {
    VariableMap proposal = proposal();
    proposal.remove("title");
    assertRefused(proposal, "title", "is required");
  }

  @Test
  void anUnknownServiceAreaIsRefused() {
    assertRefused(proposal().putValue("serviceArea", "PARKS"), "serviceArea", "must be one of");
  }

  @Test
  void theKindOfInterventionIsRequiredAndMustBeOneOfTheList() {
    VariableMap proposal = proposal();
    proposal.remove(RegistrationRecord.INTERVENTION_KIND);
    assertRefused(proposal, RegistrationRecord.INTERVENTION_KIND, "is required");
    assertRefused(proposal().putValue(RegistrationRecord.INTERVENTION_KIND, "MAGIC"), RegistrationRecord.INTERVENTION_KIND,
        "must be one of");
  }

  @Test
  void thePlannedEndMustFollowTheStart() {
    VariableMap proposal = proposal().putValue("plannedEnd", proposal().getValue("plannedStart", String.class));
    assertRefused(proposal, "plannedEnd", "must be after the planned start");
  }

  @Test
  void atLeastOneSuccessCriterionIsRegistered() {
    assertRefused(proposal().putValue("successCriteria", ProcessData.json(List.of())), "successCriteria",
        "register at least one success criterion");
  }

  @Test
  void atLeastOneCriterionIsPrimary() {
    assertRefused(proposal().putValue("successCriteria", ProcessData.json(List.of(
        criterion("Referrals", "per month", 0, 20, "INCREASE", false)))), "successCriteria", "primary");
  }

  @Test
  void aTargetMustMoveTheRegisteredWay() {
    assertRefused(proposal().putValue("successCriteria", ProcessData.json(List.of(
        criterion("Referrals", "per month", 0, 20, "INCREASE", true),
        criterion("Waiting days", "days", 10, 12, "DECREASE", false)))),
        "successCriteria[1].target", "must be below the baseline");
  }

  @Test
  void criteriaHaveDistinctNames() {
    assertRefused(proposal().putValue("successCriteria", ProcessData.json(List.of(
        criterion("Referrals", "per month", 0, 20, "INCREASE", true),
        criterion("referrals", "per week", 0, 5, "INCREASE", false)))), "successCriteria", "different name");
  }

  @Test
  void aPartnerNeedsASector() {
    assertRefused(proposal().putValue("partners", ProcessData.json(List.of(
        java.util.Map.of("name", "Go Buses", "role", "drivers")))), "partners[0].sector", "is required");
  }

  @Test
  void criteriaJudgeActualsInTheirDirection() {
    SuccessCriterion more = Registration.from(submitted(proposal()), TestPilots.NO_REGISTER).successCriteria().get(0);
    SuccessCriterion fewer = Registration.from(submitted(proposal()), TestPilots.NO_REGISTER).successCriteria().get(1);
    assertThat(more.isMetBy(new java.math.BigDecimal("20"))).isTrue();
    assertThat(more.isMetBy(new java.math.BigDecimal("19.9"))).isFalse();
    assertThat(fewer.isMetBy(new java.math.BigDecimal("6"))).isTrue();
    assertThat(fewer.isMetBy(new java.math.BigDecimal("6.5"))).isFalse();
  }

  private static void assertRefused(VariableMap proposal, String field, String problem) {
    assertThatThrownBy(() -> Registration.from(submitted(proposal), TestPilots.NO_REGISTER))
        .isInstanceOf(InvalidSubmission.class)
        .satisfies(e -> {
          assertThat(((InvalidSubmission) e).field()).isEqualTo(field);
          assertThat(((InvalidSubmission) e).problem()).contains(problem);
        });
  }
}
