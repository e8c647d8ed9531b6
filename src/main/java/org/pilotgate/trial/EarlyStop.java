package org.pilotgate.trial;

import org.pilotgate.form.Submission;

/** A manager's decision to end a trial before its planned end. */
public record EarlyStop(Reason reasonCode, String reason) {

  public enum Reason { HARM, COST, SAFEGUARDING, OTHER }

  public static EarlyStop from(Submission form) {
    return new EarlyStop(form.choice(TrialRecord.EARLY_STOP_REASON_CODE, Reason.class),
        form.text(TrialRecord.EARLY_STOP_REASON, 4000));
  }
}
