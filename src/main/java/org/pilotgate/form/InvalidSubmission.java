package org.pilotgate.form;

/** A submitted value that breaks a rule: names the field and the problem, in words a person understands. */
public class InvalidSubmission extends RuntimeException {

  private final String field;
  private final String problem;

  public InvalidSubmission(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
