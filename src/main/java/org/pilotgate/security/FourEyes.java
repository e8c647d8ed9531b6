package org.pilotgate.security;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
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

  /**
   * Serves a review of someone's writing that is not about a pilot (the "what works" insight), whenever
   * it is handed to someone and when it is completed: only a manager, and not its writer.
   */
  public static void checkReviewer(DelegateTask task, String writer, String what) {
    String actor = Managers.actor(task);
    if (actor == null) {
      return; // given back to the managers' queue
    }
    String action = Managers.lowerFirst(Managers.taskName(task));
    Managers.checkIsManager(task, actor, action, "The task stays with the managers.");
    if (actor.equals(writer)) {
      throw new NotAllowed(actor + " wrote " + what + ", so another manager must " + action
          + " (four-eyes rule). The task stays open for them.");
    }
  }

  static void check(String proposer, String actor, String reference, String action, String meanwhile) {
    if (actor.equals(proposer)) {
      throw new NotAllowed(actor + " proposed " + reference + ", so another manager must "
          + Managers.lowerFirst(action) + " (four-eyes rule). " + meanwhile);
    }
  }
}
