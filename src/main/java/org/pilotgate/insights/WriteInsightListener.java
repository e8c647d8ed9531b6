package org.pilotgate.insights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.form.Submission;
import org.pilotgate.library.Insight;
import org.pilotgate.library.Insights;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.Champions;
import org.springframework.stereotype.Component;

/**
 * "Write the what works insight": a returned note goes back to its writer with the reviewer's comments;
 * on completion every report the note names must be in the library, and the note is recorded for review.
 */
@Component("writeInsight")
class WriteInsightListener implements TaskListener {

  static final int MAX_REPORTS = 20;

  private final Insights insights;
  private final LibraryStore library;
  private final PilotGateProperties properties;
  private final Clock clock;

  WriteInsightListener(Insights insights, LibraryStore library, PilotGateProperties properties, Clock clock) {
    this.insights = insights;
    this.library = library;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      insights.of(task.getProcessInstanceId()).ifPresent(returned -> backToWriter(task, returned));
      return;
    }
    String champion = Actors.current(task);
    Champions.check(task, champion, "write the what works insight");
    Submission form = ProcessData.submission(task);
    String title = form.line(InsightModel.TITLE, 200);
    String text = form.text(InsightModel.TEXT, 4000);
    insights.write(task.getProcessInstanceId(), properties.councilCode(), title, text, reports(form), champion,
        clock.instant());
  }

  /** The library reports the note draws on: global ids, one a line (or separated by commas), each published. */
  private List<String> reports(Submission form) {
    List<String> ids = new ArrayList<>();
    for (String id : form.text(InsightModel.REPORTS, 4000).split("[,\\s]+")) {
      if (!id.isEmpty() && !ids.contains(id)) {
        if (library.find(id).isEmpty()) {
          throw form.invalid(InsightModel.REPORTS, "\"" + id + "\" is not a report published in the library: "
              + "give its id as the report's page shows it, e.g. DEMO/PIL-2026-0003");
        }
        ids.add(id);
      }
    }
    if (ids.size() > MAX_REPORTS) {
      throw form.invalid(InsightModel.REPORTS, "name at most " + MAX_REPORTS + " reports");
    }
    return ids;
  }

  /**
   * The writer revises: the task is theirs, and its form shows why it came back (what they wrote it
   * shows from their last submission).
   */
  private static void backToWriter(DelegateTask task, Insight returned) {
    task.setAssignee(returned.writtenBy());
    task.setVariableLocal("returnedComments", returned.reviewComments());
  }
}
