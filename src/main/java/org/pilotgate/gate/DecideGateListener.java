package org.pilotgate.gate;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.audit.AuditChain;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.pilotgate.trial.TrialEnd;
import org.springframework.stereotype.Component;

/** "Decide the evaluation gate": checks the ruling, records it in the audit chain; an extension moves the trial's end date. */
@Component("decideGate")
class DecideGateListener implements TaskListener {

  private final PilotGateProperties properties;
  private final AuditChain audit;

  DecideGateListener(PilotGateProperties properties, AuditChain audit) {
    this.properties = properties;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Integer extensions = (Integer) task.getVariable("extensionCount");
    int extensionsSoFar = extensions == null ? 0 : extensions;
    LocalDate trialEnd = LocalDate.parse((String) task.getVariable("trialEnd"));
    GateRuling ruling = GateRuling.from(ProcessData.submission(task), (String) task.getVariable("recommendation"),
        extensionsSoFar, trialEnd);
    task.setVariable("gateDecision", ruling.decision().name());
    record(task, ruling);
    task.setVariable("recommendationFollowed", ruling.decision().name().equals(task.getVariable("recommendation")));
    if (ruling.decision() == GateRuling.Decision.EXTEND) {
      task.setVariable("extensionCount", extensionsSoFar + 1);
      task.setVariable("trialEnd", ruling.newTrialEnd().toString());
      task.setVariable("trialEndDate", TrialEnd.timerDate(ruling.newTrialEnd(), properties.zone()));
    }
  }

  private void record(DelegateTask task, GateRuling ruling) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("recommendation", task.getVariable("recommendation"));
    decision.put("recommendationRationale", task.getVariable("recommendationRationale"));
    decision.put("decision", ruling.decision().name());
    decision.put("justification", ruling.justification());
    decision.put("newTrialEnd", ruling.newTrialEnd() == null ? null : ruling.newTrialEnd().toString());
    decision.put("adaptation", ruling.adaptation());
    audit.append((String) task.getVariable("pilotReference"), AuditChain.Kind.GATE_DECISION, Actors.current(task),
        decision);
  }
}
