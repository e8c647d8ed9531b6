package org.pilotgate.process;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/** A failure that is not the caller's fault but that they can act on, with the HTTP status that says so. */
public class CallerError extends RestException {

  private CallerError(Status status, String message, Exception cause) {
    super(status, cause, message);
  }

  static CallerError taskAlreadyCompleted(String taskId, Exception cause) {
    return new CallerError(Status.CONFLICT, "The task " + taskId + " was already completed by someone else: "
        + "nothing you entered was saved. Refresh your task list to see where the pilot is now.", cause);
  }

  static CallerError taskClaimedByAnother(Exception cause) {
    return new CallerError(Status.CONFLICT, cause.getMessage() + ". Refresh your task list: someone else is working on it.",
        cause);
  }

  static CallerError databaseUnavailable(Exception cause) {
    return new CallerError(Status.SERVICE_UNAVAILABLE, "PilotGate could not reach its database, so nothing was "
        + "saved and the task is still open. Try again in a moment.", cause);
  }
}
