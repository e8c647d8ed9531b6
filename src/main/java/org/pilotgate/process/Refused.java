package org.pilotgate.process;

import org.camunda.bpm.engine.AuthorizationException;
import org.pilotgate.form.NotAllowed;

/**
 * A step or route refused as the engine's REST API reports it: HTTP 403 with the reason. An
 * {@link AuthorizationException}, because every Camunda resource passes those through with their
 * status, where some turn any other exception into a 500.
 */
public class Refused extends AuthorizationException {

  Refused(NotAllowed reason) {
    super(reason.getMessage());
    initCause(reason);
  }
}
