package org.pilotgate.trial;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.form.Submission;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Trial stopped early" (the message boundary event on the trial): checks the reason the message
 * carried, records that the trial was stopped early, and announces who stopped it and why.
 */
@Component("trialStoppedEarly")
class TrialStoppedEarlyListener implements ExecutionListener {

  private final ApplicationEventPublisher events;

  TrialStoppedEarlyListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateExecution pilot) {
    Map<String, Object> carried = new HashMap<>();
    carried.put(TrialRecord.EARLY_STOP_REASON_CODE, pilot.getVariable(TrialRecord.EARLY_STOP_REASON_CODE));
    carried.put(TrialRecord.EARLY_STOP_REASON, pilot.getVariable(TrialRecord.EARLY_STOP_REASON));
    EarlyStop stop = EarlyStop.from(Submission.of(carried));
    pilot.setVariable(TrialRecord.STOPPED_EARLY, true);
    events.publishEvent(new TrialStoppedEarly(pilot, PilotRecords.referenceOf(pilot),
        Actors.signedIn(pilot), stop));
  }
}
