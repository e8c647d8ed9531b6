package org.pilotgate.notify;

import java.time.LocalDate;

/**
 * A line of the weekly digest: a decision waiting or a report overdue, with a link when there is one.
 *
 * @param mayNotDecide who must not be asked for this decision (the pilot's proposer, four-eyes), or null
 */
record DigestItem(String what, LocalDate since, LocalDate due, String link, String mayNotDecide) {

  /** Since when, as people read dates ("4 February 2027"). */
  public String sinceReadable() {
    return Notifications.readable(since);
  }

  /** When it is due, as people read dates; null when it has no due date. */
  public String dueReadable() {
    return Notifications.readable(due);
  }

  boolean isFor(Recipient manager) {
    return !manager.userId().equals(mayNotDecide);
  }
}
