package org.pilotgate.mypilots;

import java.util.List;
import org.pilotgate.audit.PilotRegister;

/** A pilot on "My pilots": where it is, what it waits for, and its public report once published (null before). */
record PilotRow(PilotRegister.Pilot pilot, List<WaitingTask> waiting, String reportPath) {

  public String statusLabel() {
    return pilot.status().label();
  }

  /** GOV.UK's tag: blue while the pilot runs, grey once it has ended. */
  public String statusTag() {
    return "govuk-tag " + (pilot.endedAt() == null ? "govuk-tag--blue" : "govuk-tag--grey");
  }
}
