package org.pilotgate.process;

import jakarta.ws.rs.core.Response.Status;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.pilotgate.form.InvalidSubmission;

/**
 * A refused submission as the engine's REST API reports it: HTTP 400 for a bad value, with a message
 * for the person at the form: the field's label (not its variable name), what is wrong and what to do.
 * Camunda's task and start-form resources pass a RestException's status through, where they would turn
 * any engine exception into a 500.
 */
public class SubmissionRejected extends RestException {

  /** Problems that read on from the label as a sentence ("Trial end date must be after …"). */
  private static final Pattern CONTINUES_THE_LABEL = Pattern.compile("^(must|is|already|has)\\b.*");

  private final String field;

  SubmissionRejected(InvalidSubmission reason, FormFields forms) {
    super(Status.BAD_REQUEST, reason, message(forms.labelOf(reason.field()), reason.problem()));
    this.field = reason.field();
  }

  /** The field with the bad value, by its variable name. */
  public String field() {
    return field;
  }

  static String message(String label, String problem) {
    String sentence = CONTINUES_THE_LABEL.matcher(problem).matches() ? label + " " + problem : label + ": " + problem;
    return sentence.matches(".*[.!?]$") ? sentence : sentence + ".";
  }
}
