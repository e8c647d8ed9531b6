package org.pilotgate.gate;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.process.ProcessData;
import org.pilotgate.trial.TrialEnd;
import org.springframework.stereotype.Component;

/** "Decide the evaluation gate": checks the ruling; an extension moves the trial's end date. */
@Component("decideGate")
class DecideGateListener implements TaskListener {

  private final PilotGateProperties properties;

  DecideGateListener(PilotGateProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    Integer extensions = (Integer) task.getVariable("extensionCount");
    int extensionsSoFar = extensions == null ? 0 : extensions;
    LocalDate trialEnd = LocalDate.parse((String) task.getVariable("trialEnd"));
    GateRuling ruling = GateRuling.from(ProcessData.submission(task), (String) task.getVariable("recommendation"),
        extensionsSoFar, trialEnd);
    task.setVariable("gateDecision", ruling.decision().name());
    task.setVariable("recommendationFollowed", ruling.decision().name().equals(task.getVariable("recommendation")));
    if (ruling.decision() == GateRuling.Decision.EXTEND) {
      task.setVariable("extensionCount", extensionsSoFar + 1);
      task.setVariable("trialEnd", ruling.newTrialEnd().toString());
      task.setVariable("trialEndDate", TrialEnd.timerDate(ruling.newTrialEnd(), properties.zone()));
    }
  }
}
