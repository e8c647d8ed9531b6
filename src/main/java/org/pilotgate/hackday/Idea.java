package org.pilotgate.hackday;

import java.math.BigDecimal;
import java.time.Instant;

/** An idea submitted to a hack day, with its triage once a champion has decided. */
public record Idea(long id, long hackDayId, String author, String title, String problem, String idea,
    BigDecimal hoursSavedEstimate, Instant submittedAt, IdeaOutcome outcome, String reason,
    BigDecimal hoursSavedPerWeek, String pilotReference, String triagedBy, Boolean quickWinDone,
    String quickWinNote) {

  public boolean triaged() {
    return outcome != null;
  }
}
