package org.pilotgate.process;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A failure that is not the caller's fault but that they can act on, with the HTTP status that says so,
 * in words for the person at the form (no ids: they know which task they were on).
 */
public class CallerError extends RestException {

  private CallerError(Status status, String message, Exception cause) {
    super(status, cause, message);
  }

  static CallerError taskAlreadyCompleted(Exception cause) {
    return new CallerError(Status.CONFLICT, "This task was already completed by someone else: "
        + "nothing you entered was saved. Refresh your task list to see where the pilot is now.", cause);
  }

  static CallerError taskClaimedByAnother(TaskAlreadyClaimedException cause) {
    return new CallerError(Status.CONFLICT, "This task is already claimed by " + cause.getTaskAssignee()
        + ": nothing you entered was saved. Refresh your task list: someone else is working on it.", cause);
  }

  static CallerError databaseUnavailable(Exception cause) {
    return new CallerError(Status.SERVICE_UNAVAILABLE, "PilotGate could not reach its database, so nothing was "
        + "saved and the task is still open. Try again in a moment.", cause);
  }
}
