package org.pilotgate.trial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.audit.AuditChain;
import org.pilotgate.process.Actors;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Plan the trial": fixes the trial's dates and the check-in interval, and freezes the
 * registration as the next version (version 1 at first, a new version after ADAPT), recorded in
 * the audit chain.
 */
@Component("planTrial")
class PlanTrialListener implements TaskListener {

  private final PilotGateProperties properties;
  private final AuditChain audit;

  PlanTrialListener(PilotGateProperties properties, AuditChain audit) {
    this.properties = properties;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      suggestPlannedDates(task);
      return;
    }
    Registration registration = RegistrationRecord.read(task);
    TrialPlan plan = TrialPlan.from(ProcessData.submission(task), registration, LocalDate.now(properties.zone()));
    Registration frozen = registration.withSuccessCriteria(plan.criteria());
    RegistrationRecord.write(task, frozen);
    task.setVariable("trialStart", plan.trialStart().toString());
    task.setVariable("trialEnd", plan.trialEnd().toString());
    task.setVariable("trialEndDate", TrialEnd.timerDate(plan.trialEnd(), properties.zone()));
    task.setVariable("checkInInterval", properties.checkInInterval().toString());
    Integer previous = (Integer) task.getVariable("registrationVersion");
    int version = previous == null ? 1 : previous + 1;
    task.setVariable("registrationVersion", version);
    audit.append((String) task.getVariable("pilotReference"), AuditChain.Kind.REGISTRATION_VERSION,
        Actors.current(task), Map.of("version", version, "registration", ProcessData.convert(frozen, Map.class),
            "reason", version == 1 ? "trial planned" : String.valueOf(task.getVariable("adaptation"))));
    task.setVariable("registrationFrozenAt", Date.from(Instant.now()));
  }

  /** The first plan starts from the dates proposed; a plan after ADAPT starts from the last trial's. */
  private static void suggestPlannedDates(DelegateTask task) {
    if (task.getVariable("trialStart") == null) {
      Registration registration = RegistrationRecord.read(task);
      task.setVariable("trialStart", registration.plannedStart().toString());
      task.setVariable("trialEnd", registration.plannedEnd().toString());
    }
  }
}
