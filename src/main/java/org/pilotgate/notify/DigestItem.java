package org.pilotgate.notify;

import java.time.LocalDate;

/** A line of the weekly digest: a decision waiting or a report overdue, with a link when there is one. */
record DigestItem(String what, LocalDate since, LocalDate due, String link) {}
