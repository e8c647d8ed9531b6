package org.pilotgate.gate;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.trial.TrialEnd;
import org.pilotgate.trial.TrialRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Decide the evaluation gate". When the gate opens, straight after the DMN recommended in the same
 * step, the recommendation goes into the pilot's record; when it is decided, the ruling is checked
 * against that record (never against the {@code recommendation} variable) and announced for the
 * audit chain; an extension moves the trial's end date.
 */
@Component("decideGate")
class DecideGateListener implements TaskListener {

  private final PilotGateProperties properties;
  private final PilotRecords records;
  private final ApplicationEventPublisher events;

  DecideGateListener(PilotGateProperties properties, PilotRecords records, ApplicationEventPublisher events) {
    this.properties = properties;
    this.records = records;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      records.recommended(task.getProcessInstanceId(), (String) task.getVariable(PilotRecords.RECOMMENDATION_VARIABLE),
          (String) task.getVariable(PilotRecords.RECOMMENDATION_RATIONALE_VARIABLE));
      return;
    }
    Integer extensions = TrialRecord.extensions(task);
    int extensionsSoFar = extensions == null ? 0 : extensions;
    LocalDate trialEnd = TrialRecord.end(task);
    PilotRecords.PilotRecord pilot = records.of(task.getProcessInstanceId());
    GateRuling ruling = GateRuling.from(ProcessData.submission(task), pilot.recommendation(), extensionsSoFar, trialEnd);
    ProcessData.setIfChanged(task, GateRuling.DECISION, ruling.decision().name());
    record(task, pilot, ruling);
    ProcessData.setIfChanged(task, GateRuling.RECOMMENDATION_FOLLOWED, ruling.decision().name().equals(pilot.recommendation()));
    if (ruling.decision() == GateRuling.Decision.EXTEND) {
      ProcessData.setIfChanged(task, TrialRecord.EXTENSION_COUNT, extensionsSoFar + 1);
      ProcessData.setIfChanged(task, GateRuling.NEW_TRIAL_END, ruling.newTrialEnd().toString());
      ProcessData.setIfChanged(task, TrialRecord.END, ruling.newTrialEnd().toString());
      ProcessData.setIfChanged(task, TrialRecord.END_DATE, TrialEnd.timerDate(ruling.newTrialEnd(), properties.zone()));
    }
  }

  private void record(DelegateTask task, PilotRecords.PilotRecord pilot, GateRuling ruling) {
    events.publishEvent(new GateDecided(pilot.reference(), Actors.current(task), new GateDecided.Ruling(
        pilot.recommendation(), pilot.recommendationRationale(), ruling.decision().name(), ruling.justification(),
        ruling.newTrialEnd() == null ? null : ruling.newTrialEnd().toString(), ruling.adaptation())));
  }
}
