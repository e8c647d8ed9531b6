package org.pilotgate.trial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.form.Submission;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.pilot.SuccessCriterion;

/**
 * How the trial will run. Planning may confirm each criterion's baseline; it cannot rename a
 * criterion or move its target: those were registered before anyone saw results.
 */
public record TrialPlan(
    LocalDate trialStart, LocalDate trialEnd, String trialSites, String dataCollection, List<SuccessCriterion> criteria) {

  public static TrialPlan from(Submission form, Registration registration, LocalDate today) {
    LocalDate start = form.date(TrialRecord.START);
    LocalDate end = form.date(TrialRecord.END);
    if (!end.isAfter(start)) {
      throw form.invalid(TrialRecord.END, "must be after the trial start (" + DayMonthYear.readable(start) + ")");
    }
    if (!end.isAfter(today)) {
      throw form.invalid(TrialRecord.END, (end.isBefore(today) ? "is in the past (" + DayMonthYear.readable(end) + ")"
          : "is today") + ": the trial must end after today (" + DayMonthYear.readable(today) + ")");
    }
    return new TrialPlan(start, end, form.text(TrialRecord.SITES, 2000),
        form.text(TrialRecord.DATA_COLLECTION, 4000),
        confirmedBaselines(form, registration.successCriteria()));
  }

  private static List<SuccessCriterion> confirmedBaselines(Submission form, List<SuccessCriterion> registered) {
    List<Submission> rows = form.rows(RegistrationRecord.SUCCESS_CRITERIA);
    if (rows.size() != registered.size()) {
      throw form.invalid(RegistrationRecord.SUCCESS_CRITERIA, "keep the " + registered.size()
          + " registered criteria: criteria cannot be added or removed once registered");
    }
    List<SuccessCriterion> confirmed = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SuccessCriterion criterion = registered.get(i);
      var baseline = rows.get(i).decimal(SuccessCriterion.BASELINE, null, null);
      if (criterion.direction() == SuccessCriterion.Direction.INCREASE
          ? baseline.compareTo(criterion.target()) >= 0
          : baseline.compareTo(criterion.target()) <= 0) {
        throw rows.get(i).invalid(SuccessCriterion.BASELINE, "already reaches the registered target ("
            + criterion.target().toPlainString() + "): the trial could not show a change");
      }
      confirmed.add(criterion.withBaseline(baseline));
    }
    return confirmed;
  }
}
