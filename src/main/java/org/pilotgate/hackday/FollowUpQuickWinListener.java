package org.pilotgate.hackday;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.form.Submission;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.Champions;
import org.springframework.stereotype.Component;

/** "Was the quick win done?": a champion records, once, whether the quick win happened. */
@Component("followUpQuickWin")
class FollowUpQuickWinListener implements TaskListener {

  static final String DONE = "quickWinDone";
  static final String NOTE = "quickWinNote";

  private final HackDays hackDays;
  private final Clock clock;

  FollowUpQuickWinListener(HackDays hackDays, Clock clock) {
    this.hackDays = hackDays;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Idea idea = hackDays.idea(HackDayTasks.ideaId(task)).orElseThrow();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      HackDayTasks.show(task, hackDays.find(idea.hackDayId()).orElseThrow(), idea);
      return;
    }
    String champion = Actors.current(task);
    Champions.check(task, champion, "follow up quick wins");
    Submission form = ProcessData.submission(task);
    if (form.isBlank(DONE)) {
      throw form.invalid(DONE, "is required: say whether the quick win was done");
    }
    if (!hackDays.followUp(idea.id(), form.flag(DONE), form.optionalText(NOTE, 2000), champion, clock.instant())) {
      throw new IllegalStateException("Whether \"" + idea.title() + "\" was done is recorded already.");
    }
  }
}
