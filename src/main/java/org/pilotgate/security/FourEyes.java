package org.pilotgate.security;

import java.util.List;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.process.LifecycleModel;

/** Nobody decides a review, a gate or a report review of a pilot they proposed, nor stops its trial early. */
public final class FourEyes {

  /** The managers' decisions on a pilot's merit: its proposer neither takes them nor is mailed about them. */
  public static final List<String> DECISIONS = List.of(LifecycleModel.REVIEW_PROPOSAL, LifecycleModel.DECIDE_GATE,
      LifecycleModel.REVIEW_SUCCESS_REPORT, LifecycleModel.REVIEW_FAILURE_REPORT);

  private FourEyes() {}

  public static void check(String proposer, String actor, String reference, String taskName) {
    check(proposer, actor, reference, taskName, "The task stays open for them.");
  }

  static void check(String proposer, String actor, String reference, String action, String meanwhile) {
    if (actor.equals(proposer)) {
      throw new NotAllowed(actor + " proposed " + reference + ", so another manager must "
          + Managers.lowerFirst(action) + " (four-eyes rule). " + meanwhile);
    }
  }
}
