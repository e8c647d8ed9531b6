package org.pilotgate.insights;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.form.Submission;
import org.pilotgate.library.Insight;
import org.pilotgate.library.Insights;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.FourEyes;
import org.springframework.stereotype.Component;

/**
 * "Review the what works insight", whenever it is handed to someone and when it is completed: only a
 * manager who did not write the note (its writer read from PilotGate's record, never from a variable).
 * An approval publishes the note once; a return sends it back with the comments.
 */
@Component("reviewInsight")
class ReviewInsightListener implements TaskListener {

  private final Insights insights;
  private final Clock clock;

  ReviewInsightListener(Insights insights, Clock clock) {
    this.insights = insights;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Insight note = insights.of(task.getProcessInstanceId()).orElseThrow();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      show(task, note);
      return;
    }
    FourEyes.checkReviewer(task, note.writtenBy(), "the insight \"" + note.title() + "\"");
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    String manager = Actors.current(task);
    Submission form = ProcessData.submission(task);
    boolean settled = switch (form.choice(InsightModel.DECISION, InsightDecision.class)) {
      case APPROVE -> insights.publish(task.getProcessInstanceId(), manager, clock.instant());
      case RETURN -> insights.giveBack(task.getProcessInstanceId(), manager, form.text(InsightModel.COMMENTS, 4000));
    };
    if (!settled) {
      throw new IllegalStateException("The insight \"" + note.title() + "\" was reviewed already: its review stands.");
    }
  }

  /** The note as the task's own (local) values, for its form to show; never read back. */
  private static void show(DelegateTask task, Insight note) {
    task.setVariableLocal("noteTitle", note.title());
    task.setVariableLocal("noteText", note.body());
    task.setVariableLocal("noteReports", String.join(", ", note.reports()));
    task.setVariableLocal("noteWriter", note.writtenBy());
  }
}
