package org.pilotgate.trial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.pilot.RegistrationVersions;
import org.pilotgate.process.ProcessData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Plan the trial": fixes the trial's dates and the check-in interval, and freezes the
 * registration as the next version (version 1 at first, a new version after ADAPT).
 */
@Component("planTrial")
class PlanTrialListener implements TaskListener {

  private final PilotGateProperties properties;
  private final Clock clock;
  private final RegistrationVersions versions;
  private final ApplicationEventPublisher events;

  PlanTrialListener(PilotGateProperties properties, RegistrationVersions versions, Clock clock,
      ApplicationEventPublisher events) {
    this.properties = properties;
    this.versions = versions;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      suggestPlannedDates(task);
      return;
    }
    Registration registration = RegistrationRecord.read(task);
    TrialPlan plan = TrialPlan.from(ProcessData.submission(task), registration, LocalDate.now(clock));
    versions.freeze(task, registration.withSuccessCriteria(plan.criteria()), Actors.current(task),
        task.getVariable(RegistrationRecord.VERSION) == null ? "trial planned"
            : "adapted at the gate: " + task.getVariable(TrialRecord.ADAPTATION));
    ProcessData.setIfChanged(task, TrialRecord.START, plan.trialStart().toString());
    ProcessData.setIfChanged(task, TrialRecord.END, plan.trialEnd().toString());
    ProcessData.setIfChanged(task, TrialRecord.END_DATE, TrialEnd.timerDate(plan.trialEnd(), properties.zone()));
    ProcessData.setIfChanged(task, TrialRecord.CHECK_IN_INTERVAL, properties.checkInInterval().toString());
    ProcessData.setIfChanged(task, TrialRecord.REGISTRATION_FROZEN_AT, Date.from(clock.instant()));
    events.publishEvent(new TrialPlanned(task.getProcessInstanceId(), PilotRecords.referenceOf(task)));
  }

  /** The first plan starts from the dates proposed; a plan after ADAPT starts from the last trial's. */
  private static void suggestPlannedDates(DelegateTask task) {
    if (task.getVariable(TrialRecord.START) == null) {
      Registration registration = RegistrationRecord.read(task);
      ProcessData.setIfChanged(task, TrialRecord.START, registration.plannedStart().toString());
      ProcessData.setIfChanged(task, TrialRecord.END, registration.plannedEnd().toString());
    }
  }
}
