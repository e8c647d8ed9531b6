package org.pilotgate.hackday;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.Champions;
import org.springframework.stereotype.Component;

/**
 * "Plan a hack day": only a champion or an administrator, whichever API starts it (Camunda's start
 * rights let every officer start a process). Records the hack day; its id and window close reach
 * the model as variables, but the window itself is enforced from the record.
 */
@Component("planHackDay")
class PlanHackDayListener implements ExecutionListener {

  private final HackDays hackDays;
  private final HackDayDates dates;
  private final Clock clock;

  PlanHackDayListener(HackDays hackDays, HackDayDates dates, Clock clock) {
    this.hackDays = hackDays;
    this.dates = dates;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String champion = Actors.signedIn(execution);
    Champions.check(execution, champion, "plan a hack day");
    HackDayPlan plan = HackDayPlan.from(ProcessData.submission(execution), dates.today());
    HackDay day = hackDays.plan(plan, dates.opens(plan.ideasOpenFrom()), dates.closes(plan.ideasCloseOn()),
        execution.getProcessInstanceId(), champion, clock.instant());
    execution.setProcessBusinessKey(day.reference());
    execution.setVariable(HackDayModel.HACK_DAY_ID, day.id());
    execution.setVariable(HackDayModel.IDEAS_CLOSE_AT, java.util.Date.from(day.ideasCloseAt()));
  }
}
