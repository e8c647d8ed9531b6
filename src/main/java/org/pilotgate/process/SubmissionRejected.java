package org.pilotgate.process;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.form.NotAllowed;

/**
 * A refused submission as the engine's REST API reports it: HTTP 400 for a bad value (naming the
 * field), 403 for a person who may not do this. Camunda's task and start-form resources pass a
 * RestException's status through, where they would turn any engine exception into a 500.
 */
public class SubmissionRejected extends RestException {

  private final String field;

  SubmissionRejected(InvalidSubmission reason) {
    super(Status.BAD_REQUEST, reason, reason.getMessage());
    this.field = reason.field();
  }

  SubmissionRejected(NotAllowed reason) {
    super(Status.FORBIDDEN, reason, reason.getMessage());
    this.field = null;
  }

  /** The field with the bad value, or null when the person was not allowed. */
  public String field() {
    return field;
  }
}
