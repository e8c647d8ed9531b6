package org.pilotgate.process;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.pilotgate.form.InvalidSubmission;

/**
 * A refused submission as the engine's REST API reports it: HTTP 400 for a bad value, naming the
 * field. Camunda's task and start-form resources pass a RestException's status through, where they
 * would turn any engine exception into a 500.
 */
public class SubmissionRejected extends RestException {

  private final String field;

  SubmissionRejected(InvalidSubmission reason) {
    super(Status.BAD_REQUEST, reason, reason.getMessage());
    this.field = reason.field();
  }

  /** The field with the bad value. */
  public String field() {
    return field;
  }
}
