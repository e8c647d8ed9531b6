package org.pilotgate.trial;

/** An early stop asked for a pilot whose trial is not running: not started, ended, or stopped already. */
public class TrialNotRunning extends RuntimeException {

  public TrialNotRunning(String reference, Throwable cause) {
    super(explanation(reference), cause);
  }

  public static String explanation(String reference) {
    return "The trial of " + reference + " is not running (it has not started, has ended, or was stopped already), "
        + "so it cannot be stopped early. Nothing was changed.";
  }
}
