package org.pilotgate.trial;

import org.pilotgate.form.Submission;

/** A manager's decision to end a trial before its planned end. */
public record EarlyStop(Reason reasonCode, String reason) {

  public enum Reason { HARM, COST, SAFEGUARDING, OTHER }

  public static EarlyStop from(Submission form) {
    return new EarlyStop(form.choice("earlyStopReasonCode", Reason.class), form.text("earlyStopReason", 4000));
  }
}
