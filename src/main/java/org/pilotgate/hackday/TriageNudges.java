package org.pilotgate.hackday;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Remind the champions" before the triage is due and "Escalate the untriaged ideas" once it is
 * overdue, as the failure report's reminder and escalation do: the mail (notify) names how many
 * ideas still wait.
 */
final class TriageNudges {

  private TriageNudges() {}

  private static void nudge(DelegateExecution execution, HackDays hackDays, ApplicationEventPublisher events,
      boolean overdue) {
    long id = HackDayTasks.hackDayId(execution);
    events.publishEvent(new TriageNudged(hackDays.find(id).orElseThrow(), overdue, hackDays.untriaged(id).size(),
        (Date) execution.getVariable(HackDayModel.TRIAGE_DUE_DATE)));
  }

  @Component("remindChampions")
  static class RemindChampions implements JavaDelegate {
    private final HackDays hackDays;
    private final ApplicationEventPublisher events;

    RemindChampions(HackDays hackDays, ApplicationEventPublisher events) {
      this.hackDays = hackDays;
      this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
      nudge(execution, hackDays, events, false);
    }
  }

  @Component("escalateUntriagedIdeas")
  static class EscalateUntriagedIdeas implements JavaDelegate {
    private final HackDays hackDays;
    private final ApplicationEventPublisher events;

    EscalateUntriagedIdeas(HackDays hackDays, ApplicationEventPublisher events) {
      this.hackDays = hackDays;
      this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
      nudge(execution, hackDays, events, true);
    }
  }
}
