package org.pilotgate.trial;

import org.pilotgate.form.Submission;

/** A periodic note on how the trial is going. */
public record CheckIn(String at, String by, Status status, String notes) {

  public enum Status { ON_TRACK, AT_RISK, OFF_TRACK }

  /** The check-in form's fields. */
  public static final String STATUS = "checkInStatus";
  public static final String NOTES = "checkInNotes";

  public static CheckIn from(Submission form, String at, String by) {
    return new CheckIn(at, by, form.choice(STATUS, Status.class), form.text(NOTES, 4000));
  }
}
