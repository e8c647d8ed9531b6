package org.pilotgate.library;

import java.time.Instant;
import java.util.List;

/**
 * A "what works" insight note: a champion's short text on the library reports it draws on (their global
 * ids). Public once a manager approved it ({@link Status#PUBLISHED}); the writer's name never leaves
 * PilotGate, only the council does.
 */
public record Insight(long id, String processInstanceId, String council, String title, String body,
    List<String> reports, Status status, String writtenBy, String reviewComments, Instant publishedAt) {

  public enum Status { IN_REVIEW, RETURNED, PUBLISHED }

  public boolean isPublished() {
    return status == Status.PUBLISHED;
  }
}
