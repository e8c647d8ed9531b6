package org.pilotgate.gate;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.pilotgate.trial.TrialRecord;
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
      task.removeVariables(List.of(GateRuling.DECISION, GateRuling.JUSTIFICATION, GateRuling.NEW_TRIAL_END,
          TrialRecord.ADAPTATION));
      ProcessData.setIfChanged(task, EvaluationRecord.CRITERION_RESULTS, ProcessData.json(
          registration.successCriteria().stream().map(CriterionResult::pending).toList()));
      ProcessData.setIfChanged(task, EvaluationRecord.HARM_RESULTS, ProcessData.json(
          registration.harmLimits().stream().map(HarmResult::pending).toList()));
      return;
    }
    Evaluation evaluation = Evaluation.from(ProcessData.submission(task), registration);
    ProcessData.setIfChanged(task, EvaluationRecord.CRITERION_RESULTS, ProcessData.json(evaluation.criterionResults()));
    ProcessData.setIfChanged(task, EvaluationRecord.HARM_RESULTS, ProcessData.json(evaluation.harmResults()));
    ProcessData.setIfChanged(task, EvaluationRecord.ACTUAL_COST, evaluation.actualCost().doubleValue());
    ProcessData.setIfChanged(task, EvaluationRecord.EVIDENCE_LEVEL, evaluation.evidenceLevel());
    ProcessData.setIfChanged(task, EvaluationRecord.PRIMARY_TARGETS_MET_SHARE, evaluation.primaryTargetsMetShare());
    ProcessData.setIfChanged(task, EvaluationRecord.HARM_LIMIT_BREACHED, evaluation.harmLimitBreached());
    ProcessData.setIfChanged(task, EvaluationRecord.COST_TO_BUDGET_RATIO, evaluation.costToBudgetRatio(registration.budgetRequested()));
  }
}
