package org.pilotgate.hackday;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.Champions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Triage an idea": the form shows the idea; on completion a champion's decision is recorded once
 * (a second champion on the same idea is refused), a pilot is started for a PILOT, the decision
 * joins the audit chain and the author is told.
 */
@Component("triageIdea")
class TriageIdeaListener implements TaskListener {

  private final HackDays hackDays;
  private final IdeaPilots pilots;
  private final AuditChain chain;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TriageIdeaListener(HackDays hackDays, IdeaPilots pilots, AuditChain chain, ApplicationEventPublisher events,
      Clock clock) {
    this.hackDays = hackDays;
    this.pilots = pilots;
    this.chain = chain;
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
    Idea answered = hackDays.idea(idea.id()).orElseThrow();
    chain.append(day.reference(), AuditChain.Kind.IDEA_TRIAGED, champion, payload(answered));
    events.publishEvent(new IdeaTriaged(day, answered, champion));
  }

  private static Map<String, Object> payload(Idea idea) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("ideaId", idea.id());
    payload.put("title", idea.title());
    payload.put("author", idea.author());
    payload.put("outcome", idea.outcome().name());
    payload.put("reason", idea.reason());
    payload.put("hoursSavedPerWeek", idea.hoursSavedPerWeek() == null ? null : idea.hoursSavedPerWeek().toPlainString());
    payload.put("pilotReference", idea.pilotReference());
    return payload;
  }
}
