package org.pilotgate.trial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotgate.form.Submission;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.SuccessCriterion;

/**
 * How the trial will run. Planning may confirm each criterion's baseline; it cannot rename a
 * criterion or move its target: those were registered before anyone saw results.
 */
public record TrialPlan(
    LocalDate trialStart, LocalDate trialEnd, String trialSites, String dataCollection, List<SuccessCriterion> criteria) {

  public static TrialPlan from(Submission form, Registration registration, LocalDate today) {
    LocalDate start = form.date("trialStart");
    LocalDate end = form.date("trialEnd");
    if (!end.isAfter(start)) {
      throw form.invalid("trialEnd", "must be after the trial start (" + start + ")");
    }
    if (!end.isAfter(today)) {
      throw form.invalid("trialEnd", "must be in the future: the trial ends on this date");
    }
    return new TrialPlan(start, end, form.text("trialSites", 2000), form.text("dataCollection", 4000),
        confirmedBaselines(form, registration.successCriteria()));
  }

  private static List<SuccessCriterion> confirmedBaselines(Submission form, List<SuccessCriterion> registered) {
    List<Submission> rows = form.rows("successCriteria");
    if (rows.size() != registered.size()) {
      throw form.invalid("successCriteria", "keep the " + registered.size()
          + " registered criteria: criteria cannot be added or removed once registered");
    }
    List<SuccessCriterion> confirmed = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SuccessCriterion criterion = registered.get(i);
      var baseline = rows.get(i).decimal("baseline", null, null);
      if (criterion.direction() == SuccessCriterion.Direction.INCREASE
          ? baseline.compareTo(criterion.target()) >= 0
          : baseline.compareTo(criterion.target()) <= 0) {
        throw rows.get(i).invalid("baseline", "already reaches the registered target ("
            + criterion.target().toPlainString() + "): the trial could not show a change");
      }
      confirmed.add(criterion.withBaseline(baseline));
    }
    return confirmed;
  }
}
