package org.pilotgate.hackday;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the ideas window": from now on ideas are refused, and the triage's deadline and reminder are set. */
@Component("closeIdeasWindow")
class CloseIdeasWindowDelegate implements JavaDelegate {

  private final HackDays hackDays;
  private final HackDayDates dates;

  CloseIdeasWindowDelegate(HackDays hackDays, HackDayDates dates) {
    this.hackDays = hackDays;
    this.dates = dates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    hackDays.closeWindow(HackDayTasks.hackDayId(execution));
    execution.setVariable(HackDayModel.TRIAGE_DUE_DATE, dates.triageDue());
    execution.setVariable(HackDayModel.TRIAGE_REMINDER_DATE, dates.triageReminder());
  }
}
