package org.pilotgate.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;

class RegistrationChangesTest {

  private final Registration registered = Registration.from(TestPilots.submitted(TestPilots.proposal()), TestPilots.NO_REGISTER);

  @Test
  void sameContentHasNoChangesEvenWithNumbersWrittenDifferently() {
    List<SuccessCriterion> rescaled = registered.successCriteria().stream()
        .map(c -> c.withBaseline(c.baseline().setScale(2))).toList();

    assertThat(RegistrationChanges.between(registered, registered.withSuccessCriteria(rescaled))).isEmpty();
  }

  @Test
  void aMovedTargetIsAChangeToThatCriterionAndIsOutcomeSwitching() {
    List<SuccessCriterion> criteria = new ArrayList<>(registered.successCriteria());
    SuccessCriterion referrals = criteria.get(0);
    criteria.set(0, new SuccessCriterion(referrals.name(), referrals.unit(), referrals.baseline(), new BigDecimal("12"),
        referrals.direction(), referrals.primary(), referrals.minimumWorthwhileChange()));

    Registration moved = registered.withSuccessCriteria(criteria);

    assertThat(RegistrationChanges.between(registered, moved)).singleElement().satisfies(change -> {
      assertThat(change.field()).isEqualTo("Success criterion 'Referrals received' target");
      assertThat(change.describe()).isEqualTo("Success criterion 'Referrals received' target: 20.0 → 12");
    });
    assertThat(RegistrationChanges.outcomeSwitching(registered, moved))
        .containsExactly("Success criterion 'Referrals received' target: 20.0 → 12");
  }

  @Test
  void droppingASecondaryCriterionAndSwappingThePrimaryAreBothFlagged() {
    SuccessCriterion referrals = registered.successCriteria().get(0);
    SuccessCriterion loneliness = registered.successCriteria().get(1);
    Registration switched = registered.withSuccessCriteria(List.of(new SuccessCriterion(loneliness.name(),
        loneliness.unit(), loneliness.baseline(), loneliness.target(), loneliness.direction(), true,
        loneliness.minimumWorthwhileChange())));

    assertThat(RegistrationChanges.outcomeSwitching(registered, switched)).containsExactly(
        "Success criterion 'Referrals received': removed",
        "Success criterion 'Loneliness score' primary: false → true");
    assertThat(referrals.primary()).isTrue();
  }

  @Test
  void otherFieldsChangeWithoutCountingAsOutcomeSwitching() {
    Registration retitled = new Registration("A new title", registered.summary(), registered.problem(),
        registered.hypothesis(), registered.serviceArea(), registered.intervention(), 3,
        registered.plannedParticipants(), registered.plannedStart(), registered.plannedEnd(),
        registered.budgetRequested(), List.of(), registered.successCriteria(), registered.harmLimits());

    assertThat(RegistrationChanges.between(registered, retitled)).extracting(RegistrationChanges.Change::describe)
        .containsExactly("title: Bus drivers refer isolated older passengers → A new title", "plannedSites: 2 → 3",
            "Partner 'Go Buses': removed");
    assertThat(RegistrationChanges.outcomeSwitching(registered, retitled)).isEmpty();
  }
}
