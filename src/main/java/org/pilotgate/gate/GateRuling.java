package org.pilotgate.gate;

import java.time.LocalDate;
import org.pilotgate.form.Submission;

/**
 * A manager's decision at the evaluation gate. Departing from the recommendation needs a
 * justification (it is published); a trial may be extended at most twice, to a later end date.
 */
public record GateRuling(Decision decision, String justification, LocalDate newTrialEnd, String adaptation) {

  public enum Decision { SCALE, EXTEND, ADAPT, STOP }

  public static final int MAX_EXTENSIONS = 2;

  public static GateRuling from(Submission form, String recommendation, int extensionsSoFar, LocalDate trialEnd) {
    Decision decision = form.choice("gateDecision", Decision.class);
    String justification = decision.name().equals(recommendation)
        ? form.optionalText("gateJustification", 4000)
        : requiredJustification(form, recommendation);
    LocalDate newEnd = decision == Decision.EXTEND ? newTrialEnd(form, extensionsSoFar, trialEnd) : null;
    String adaptation = decision == Decision.ADAPT ? form.text("adaptation", 4000) : null;
    return new GateRuling(decision, justification, newEnd, adaptation);
  }

  private static String requiredJustification(Submission form, String recommendation) {
    if (form.isBlank("gateJustification")) {
      throw form.invalid("gateJustification", "is required because the decision differs from the recommendation ("
          + recommendation + "); it will be published with the report");
    }
    return form.text("gateJustification", 4000);
  }

  private static LocalDate newTrialEnd(Submission form, int extensionsSoFar, LocalDate trialEnd) {
    if (extensionsSoFar >= MAX_EXTENSIONS) {
      throw form.invalid("gateDecision", "the trial has been extended " + MAX_EXTENSIONS
          + " times already: scale, adapt or stop it");
    }
    LocalDate newEnd = form.date("newTrialEnd");
    if (!newEnd.isAfter(trialEnd)) {
      throw form.invalid("newTrialEnd", "must be after the current end date (" + trialEnd + ")");
    }
    return newEnd;
  }
}
