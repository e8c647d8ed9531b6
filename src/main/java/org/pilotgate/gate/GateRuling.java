package org.pilotgate.gate;

import java.time.LocalDate;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.form.Submission;
import org.pilotgate.trial.TrialRecord;

/**
 * A manager's decision at the evaluation gate. Departing from the recommendation needs a
 * justification (it is published); a trial may be extended at most twice, to a later end date.
 */
public record GateRuling(Decision decision, String justification, LocalDate newTrialEnd, String adaptation) {

  public enum Decision { SCALE, EXTEND, ADAPT, STOP }

  public static final int MAX_EXTENSIONS = 2;

  /** The gate form's fields; the ADAPT decision's field is {@link TrialRecord#ADAPTATION}, which the next plan reads. */
  public static final String DECISION = "gateDecision";
  public static final String JUSTIFICATION = "gateJustification";
  public static final String NEW_TRIAL_END = "newTrialEnd";
  /** Whether the decision followed the recommendation. */
  public static final String RECOMMENDATION_FOLLOWED = "recommendationFollowed";

  public static GateRuling from(Submission form, String recommendation, int extensionsSoFar, LocalDate trialEnd) {
    Decision decision = form.choice(DECISION, Decision.class);
    String justification = decision.name().equals(recommendation)
        ? form.optionalText(JUSTIFICATION, 4000)
        : requiredJustification(form, recommendation);
    LocalDate newEnd = decision == Decision.EXTEND ? newTrialEnd(form, extensionsSoFar, trialEnd) : null;
    String adaptation = decision == Decision.ADAPT ? form.text(TrialRecord.ADAPTATION, 4000) : null;
    return new GateRuling(decision, justification, newEnd, adaptation);
  }

  private static String requiredJustification(Submission form, String recommendation) {
    if (form.isBlank(JUSTIFICATION)) {
      throw form.invalid(JUSTIFICATION, "is required because the decision differs from the recommendation ("
          + recommendation + "); it will be published with the report");
    }
    return form.text(JUSTIFICATION, 4000);
  }

  private static LocalDate newTrialEnd(Submission form, int extensionsSoFar, LocalDate trialEnd) {
    if (extensionsSoFar >= MAX_EXTENSIONS) {
      throw form.invalid(DECISION, "the trial has been extended " + MAX_EXTENSIONS
          + " times already: scale, adapt or stop it");
    }
    LocalDate newEnd = form.date(NEW_TRIAL_END);
    if (!newEnd.isAfter(trialEnd)) {
      throw form.invalid(NEW_TRIAL_END, "must be after the current end date ("
          + DayMonthYear.readable(trialEnd) + ")");
    }
    return newEnd;
  }
}
