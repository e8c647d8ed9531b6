package org.pilotgate.hackday;

import java.math.BigDecimal;
import org.pilotgate.form.Submission;

/** A champion's decision on one idea: quick wins say the hours a week saved, parked and declined ideas why. */
record Triage(IdeaOutcome outcome, BigDecimal hoursSavedPerWeek, String reason) {

  static final String OUTCOME = HackDayModel.TRIAGE_OUTCOME;
  static final String HOURS_SAVED_PER_WEEK = HackDayModel.HOURS_SAVED_PER_WEEK;
  static final String REASON = HackDayModel.TRIAGE_REASON;

  static Triage from(Submission form) {
    IdeaOutcome outcome = form.choice(OUTCOME, IdeaOutcome.class);
    return switch (outcome) {
      case QUICK_WIN -> new Triage(outcome, form.decimal(HOURS_SAVED_PER_WEEK, new BigDecimal("0.5"),
          new BigDecimal("1000")), form.optionalText(REASON, 4000));
      case PARK, DECLINE -> new Triage(outcome, null, form.text(REASON, 4000));
      case PILOT -> new Triage(outcome, null, form.optionalText(REASON, 4000));
    };
  }
}
