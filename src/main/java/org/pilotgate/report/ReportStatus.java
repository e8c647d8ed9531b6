package org.pilotgate.report;

import java.time.Instant;

/** Where a stopped pilot's report stands, in the trial-tracker convention. */
public enum ReportStatus {
  ONGOING, OVERDUE, REPORTED_ON_TIME, REPORTED_LATE;

  static ReportStatus of(Instant dueAt, Instant publishedAt, Instant now) {
    if (publishedAt != null) {
      return publishedAt.isAfter(dueAt) ? REPORTED_LATE : REPORTED_ON_TIME;
    }
    return now.isAfter(dueAt) ? OVERDUE : ONGOING;
  }
}
