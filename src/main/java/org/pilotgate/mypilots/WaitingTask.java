package org.pilotgate.mypilots;

import java.time.Instant;

/**
 * An open task of a pilot as its page says it: the step's name, whom it waits for ("you", "a manager",
 * a person's name), when it is due (null when it has no date), and its id in Tasklist when it waits
 * for the viewer, who can open it there.
 */
record WaitingTask(String name, String waitingFor, Instant due, String tasklistId) {

  static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

  /** Like "Decide the evaluation gate — waiting for a manager". */
  public String says() {
    return name + " — waiting for " + waitingFor;
  }

  /** The task in Tasklist, or null when it waits for someone else. */
  public String tasklistLink() {
    return tasklistId == null ? null : TASKLIST + tasklistId;
  }
}
