package org.pilotgate.pilot;

import java.time.Clock;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.form.NotAllowed;
import org.pilotgate.process.HistoryWatcher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A pilot that ends other than by reaching one of its end events is deleted or cancelled from outside
 * its model, through some API (one instance, a batch, a deployment deleted with its instances): refused once its trial is planned, for everyone, because
 * from then on a stopped pilot owes its failure report and the way out is a manager's early stop or
 * a STOP at the gate. Before that, a signed-in operator may withdraw it (a batch, which runs with
 * nobody signed in, may not); who and why go into the pilot's record, and the withdrawal is announced for the audit chain.
 */
@Component
class PilotWithdrawals implements HistoryWatcher {

  static final String NO_REASON = "no reason given";

  private final PilotRecords records;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PilotWithdrawals(PilotRecords records, ApplicationEventPublisher events, Clock clock) {
    this.records = records;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void recorded(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity ended
        && event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)
        && !HistoricProcessInstance.STATE_COMPLETED.equals(ended.getState())) {
      records.find(ended.getProcessInstanceId()).ifPresent(pilot -> withdraw(pilot, ended.getDeleteReason()));
    }
  }

  private void withdraw(PilotRecords.PilotRecord pilot, String reason) {
    if (pilot.trialPlanned()) {
      throw new NotAllowed(pilot.reference() + " has had its trial planned, so it cannot be deleted or cancelled: "
          + "a manager stops it early or at the gate, and it ends when its report is published.");
    }
    String by = Context.getCommandContext().getAuthenticatedUserId();
    if (by == null) {
      throw new NotAllowed(pilot.reference() + " can be withdrawn only by a signed-in operator, one pilot at a time, "
          + "so that the record says who withdrew it: not by a batch.");
    }
    String why = reason == null || reason.isBlank() ? NO_REASON : reason;
    records.withdrawn(pilot.processInstanceId(), by, why, clock.instant());
    events.publishEvent(new PilotWithdrawn(pilot.reference(), by, new PilotWithdrawn.Withdrawal(why)));
  }
}
