package org.pilotgate.hackday;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.Champions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Triage an idea": the form shows the idea; on completion a champion's decision is recorded once
 * (a second champion on the same idea is refused), a pilot is started for a PILOT, the decision
 * is announced: the audit chain keeps it and the author is told.
 */
@Component("triageIdea")
class TriageIdeaListener implements TaskListener {

  private final HackDays hackDays;
  private final IdeaPilots pilots;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TriageIdeaListener(HackDays hackDays, IdeaPilots pilots, ApplicationEventPublisher events, Clock clock) {
    this.hackDays = hackDays;
    this.pilots = pilots;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    HackDay day = hackDays.find(HackDayTasks.hackDayId(task)).orElseThrow();
    Idea idea = hackDays.idea(HackDayTasks.ideaId(task)).orElseThrow();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      HackDayTasks.show(task, day, idea);
      return;
    }
    String champion = Actors.current(task);
    Champions.check(task, champion, "triage hack-day ideas");
    Triage triage = Triage.from(ProcessData.submission(task));
    if (!hackDays.triage(idea.id(), triage, champion, clock.instant())) {
      throw new IllegalStateException("The idea \"" + idea.title() + "\" was triaged already: its answer stands.");
    }
    if (triage.outcome() == IdeaOutcome.PILOT) {
      ProcessInstance pilot = pilots.start(day, idea);
      hackDays.linkPilot(idea.id(), pilot.getId(), pilot.getBusinessKey());
    }
    events.publishEvent(new IdeaTriaged(day, hackDays.idea(idea.id()).orElseThrow(), champion));
  }
}
