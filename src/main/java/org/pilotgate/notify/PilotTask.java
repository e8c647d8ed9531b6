package org.pilotgate.notify;

import java.time.LocalDate;

/** A task of a pilot, as a mail describes it. {@code due} may be null. */
record PilotTask(String id, String key, String name, String reference, String title, LocalDate due) {

  /** The name as Tasklist shows it, the pilot reference first, whether or not it has been prefixed yet. */
  String displayName() {
    return name.startsWith(reference) ? name : reference + " · " + name;
  }
}
