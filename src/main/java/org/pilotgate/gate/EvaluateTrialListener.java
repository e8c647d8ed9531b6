package org.pilotgate.gate;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Evaluate the trial results": on create, lays out a row per registered criterion and harm limit
 * for the officer to fill in; on complete, judges the results and sets the DMN's inputs.
 */
@Component("evaluateTrial")
class EvaluateTrialListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Registration registration = RegistrationRecord.read(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // a new evaluation after EXTEND or ADAPT: the next gate decides afresh
      task.removeVariables(List.of("gateDecision", "gateJustification", "newTrialEnd", "adaptation"));
      task.setVariable(EvaluationRecord.CRITERION_RESULTS, ProcessData.json(
          registration.successCriteria().stream().map(CriterionResult::pending).toList()));
      task.setVariable(EvaluationRecord.HARM_RESULTS, ProcessData.json(
          registration.harmLimits().stream().map(HarmResult::pending).toList()));
      return;
    }
    Evaluation evaluation = Evaluation.from(ProcessData.submission(task), registration);
    task.setVariable(EvaluationRecord.CRITERION_RESULTS, ProcessData.json(evaluation.criterionResults()));
    task.setVariable(EvaluationRecord.HARM_RESULTS, ProcessData.json(evaluation.harmResults()));
    task.setVariable(EvaluationRecord.ACTUAL_COST, evaluation.actualCost().doubleValue());
    task.setVariable(EvaluationRecord.EVIDENCE_LEVEL, evaluation.evidenceLevel());
    task.setVariable("primaryTargetsMetShare", evaluation.primaryTargetsMetShare());
    task.setVariable("harmLimitBreached", evaluation.harmLimitBreached());
    task.setVariable("costToBudgetRatio", evaluation.costToBudgetRatio(registration.budgetRequested()));
  }
}
