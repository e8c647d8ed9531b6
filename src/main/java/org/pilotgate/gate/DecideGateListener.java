package org.pilotgate.gate;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.audit.AuditChain;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.trial.TrialEnd;
import org.springframework.stereotype.Component;

/**
 * "Decide the evaluation gate". When the gate opens, straight after the DMN recommended in the same
 * step, the recommendation goes into the pilot's record; when it is decided, the ruling is checked
 * against that record (never against the {@code recommendation} variable) and kept in the audit
 * chain; an extension moves the trial's end date.
 */
@Component("decideGate")
class DecideGateListener implements TaskListener {

  private final PilotGateProperties properties;
  private final AuditChain audit;
  private final PilotRecords records;

  DecideGateListener(PilotGateProperties properties, AuditChain audit, PilotRecords records) {
    this.properties = properties;
    this.audit = audit;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      records.recommended(task.getProcessInstanceId(), (String) task.getVariable("recommendation"),
          (String) task.getVariable("recommendationRationale"));
      return;
    }
    Integer extensions = (Integer) task.getVariable("extensionCount");
    int extensionsSoFar = extensions == null ? 0 : extensions;
    LocalDate trialEnd = LocalDate.parse((String) task.getVariable("trialEnd"));
    PilotRecords.PilotRecord pilot = records.of(task.getProcessInstanceId());
    GateRuling ruling = GateRuling.from(ProcessData.submission(task), pilot.recommendation(), extensionsSoFar, trialEnd);
    task.setVariable("gateDecision", ruling.decision().name());
    record(task, pilot, ruling);
    task.setVariable("recommendationFollowed", ruling.decision().name().equals(pilot.recommendation()));
    if (ruling.decision() == GateRuling.Decision.EXTEND) {
      task.setVariable("extensionCount", extensionsSoFar + 1);
      task.setVariable("trialEnd", ruling.newTrialEnd().toString());
      task.setVariable("trialEndDate", TrialEnd.timerDate(ruling.newTrialEnd(), properties.zone()));
    }
  }

  private void record(DelegateTask task, PilotRecords.PilotRecord pilot, GateRuling ruling) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("recommendation", pilot.recommendation());
    decision.put("recommendationRationale", pilot.recommendationRationale());
    decision.put("decision", ruling.decision().name());
    decision.put("justification", ruling.justification());
    decision.put("newTrialEnd", ruling.newTrialEnd() == null ? null : ruling.newTrialEnd().toString());
    decision.put("adaptation", ruling.adaptation());
    audit.append(pilot.reference(), AuditChain.Kind.GATE_DECISION, Actors.current(task), decision);
  }
}
