package org.pilotgate.form;

/** The person submitting may not do this, whatever the values: the message says why. */
public class NotAllowed extends RuntimeException {

  public NotAllowed(String reason) {
    super(reason);
  }
}
