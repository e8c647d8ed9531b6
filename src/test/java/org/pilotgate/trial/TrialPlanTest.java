package org.pilotgate.trial;

import org.pilotgate.TestPilots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pilotgate.TestPilots.criterion;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.TestPilots.submitted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.process.ProcessData;

/** Planning the trial, without Spring or the engine: dates, and criteria that only get their baseline confirmed. */
class TrialPlanTest {

  /** Registered: referrals 0 → 20 (INCREASE, primary), loneliness 7 → 6 (DECREASE). */
  private static final Registration REGISTERED = Registration.from(submitted(proposal()), TestPilots.NO_REGISTER);
  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Test
  void aValidPlanConfirmsTheBaselinesAndKeepsTheRegisteredTargets() {
    TrialPlan trial = plan(form().putValue("trialStart", "2027-03-08").putValue("trialEnd", "2027-06-30"));

    assertThat(trial.trialStart()).isEqualTo(LocalDate.of(2027, 3, 8));
    assertThat(trial.trialEnd()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(trial.trialSites()).isEqualTo("Routes 5 and 7 depots");
    assertThat(trial.criteria()).extracting(SuccessCriterion::baseline)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.ONE, new BigDecimal("7"));
    assertThat(trial.criteria()).extracting(SuccessCriterion::target)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("20"), new BigDecimal("6"));
    assertThat(trial.criteria()).extracting(SuccessCriterion::name)
        .containsExactly("Referrals received", "Loneliness score");
  }

  @Test
  void theEndMustBeAfterTheStart() {
    assertRefused(form().putValue("trialStart", "2027-05-01").putValue("trialEnd", "2027-05-01"),
        "trialEnd", "must be after the trial start (1 May 2027)");
    assertThat(plan(form().putValue("trialStart", "2027-05-01").putValue("trialEnd", "2027-05-02")).trialEnd())
        .as("one day later is enough").isEqualTo(LocalDate.of(2027, 5, 2));
  }

  @Test
  void theEndMustBeInTheFuture() {
    assertRefused(form().putValue("trialStart", "2027-02-01").putValue("trialEnd", TODAY.toString()),
        "trialEnd", "is today: the trial must end after today (1 March 2027)");
    assertRefused(form().putValue("trialStart", "2027-02-01").putValue("trialEnd", "28/02/2027"),
        "trialEnd", "is in the past (28 February 2027): the trial must end after today (1 March 2027)");
    assertThat(plan(form().putValue("trialStart", "2027-02-01").putValue("trialEnd", "2027-03-02")).trialEnd())
        .as("tomorrow is in the future").isEqualTo(LocalDate.of(2027, 3, 2));
  }

  @Test
  void missingDatesAreNamed() {
    VariableMap noStart = form();
    noStart.remove("trialStart");
    assertThatThrownBy(() -> plan(noStart)).isInstanceOf(InvalidSubmission.class)
        .extracting(e -> ((InvalidSubmission) e).field()).isEqualTo("trialStart");
  }

  @Test
  void criteriaCannotBeAddedOrRemoved() {
    assertRefused(form().putValue("successCriteria", ProcessData.json(List.of(
            criterion("Referrals received", "per month", 1, 20, "INCREASE", true)))),
        "successCriteria", "keep the 2 registered criteria: criteria cannot be added or removed once registered");
    assertRefused(form().putValue("successCriteria", ProcessData.json(List.of(
            criterion("Referrals received", "per month", 1, 20, "INCREASE", true),
            criterion("Loneliness score", "UCLA 3-item", 7, 6, "DECREASE", false),
            criterion("Calls", "per month", 1, 5, "INCREASE", false)))),
        "successCriteria", "keep the 2 registered criteria");
  }

  @Test
  void aBaselineThatAlreadyReachesTheTargetIsRefusedForThatRow() {
    assertRefused(baselines(20, 7), "successCriteria[0].baseline",
        "already reaches the registered target (20.0): the trial could not show a change");
    assertRefused(baselines(1, 6), "successCriteria[1].baseline",
        "already reaches the registered target (6.0): the trial could not show a change");
    assertRefused(baselines(1, 5.5), "successCriteria[1].baseline", "already reaches the registered target (6.0)");
    assertThat(plan(baselines(19.99, 6.01)).criteria()).extracting(SuccessCriterion::baseline)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("19.99"), new BigDecimal("6.01"));
  }

  @Test
  void theNamesAndTargetsSentWithThePlanChangeNothing() {
    TrialPlan trial = plan(form().putValue("successCriteria", ProcessData.json(List.of(
        criterion("Renamed", "per week", 1, 2, "INCREASE", false),
        criterion("Loneliness score", "UCLA 3-item", 7, 1, "DECREASE", false)))));

    assertThat(trial.criteria()).extracting(SuccessCriterion::name).containsExactly("Referrals received", "Loneliness score");
    assertThat(trial.criteria().get(0).target()).isEqualByComparingTo("20");
    assertThat(trial.criteria().get(0).primary()).isTrue();
    assertThat(trial.criteria().get(1).target()).isEqualByComparingTo("6");
  }

  private static VariableMap baselines(double referrals, double loneliness) {
    return form().putValue("successCriteria", ProcessData.json(List.of(
        criterion("Referrals received", "per month", referrals, 20, "INCREASE", true),
        criterion("Loneliness score", "UCLA 3-item", loneliness, 6, "DECREASE", false))));
  }

  /** The test plan, with dates fixed against {@link #TODAY}. */
  private static VariableMap form() {
    return org.pilotgate.TestPilots.plan().putValue("trialStart", "2027-03-08").putValue("trialEnd", "2027-06-30");
  }

  private static TrialPlan plan(VariableMap form) {
    return TrialPlan.from(submitted(form), REGISTERED, TODAY);
  }

  private static void assertRefused(VariableMap form, String field, String problem) {
    assertThatThrownBy(() -> plan(form)).isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith(field + ": " + problem)
        .extracting(e -> ((InvalidSubmission) e).field()).isEqualTo(field);
  }
}
