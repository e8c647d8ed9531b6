package org.pilotgate.process;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.pilotgate.form.InvalidSubmission;

/**
 * An {@link InvalidSubmission} as the engine's REST API reports it: HTTP 400 with the field and the
 * problem. Camunda's task and start-form resources pass a RestException's status through, where
 * they would turn any engine exception into a 500.
 */
public class SubmissionRejected extends RestException {

  private final transient InvalidSubmission reason;

  public SubmissionRejected(InvalidSubmission reason) {
    super(Status.BAD_REQUEST, reason, reason.getMessage());
    this.reason = reason;
  }

  public String field() {
    return reason.field();
  }
}
