package org.pilotgate.report;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.gate.CriterionResult;
import org.pilotgate.gate.EvaluationRecord;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;

/**
 * Serves "Write the success report" and "Draft the failure report" (beans in {@link ReportBeans}).
 * On create it prefills what was tried, the cost evaluated, and a row per registered criterion,
 * with the evaluated results where the trial reached evaluation; on complete it checks the draft and keeps it as
 * {@code reportDraft} for review and publication.
 */
class DraftReportListener implements TaskListener {

  private final ReportDraft.Outcome outcome;

  DraftReportListener(ReportDraft.Outcome outcome) {
    this.outcome = outcome;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prefill(task);
      return;
    }
    ReportDraft draft = ReportDraft.from(ProcessData.submission(task), outcome, registeredResults(task));
    ProcessData.setIfChanged(task, ReportDraft.RESULTS, ProcessData.json(draft.results()));
    ProcessData.setIfChanged(task, ReportDraft.VARIABLE, ProcessData.json(draft));
    task.removeVariable(ReportReview.DECISION); // a returned report is reviewed afresh
  }

  private void prefill(DelegateTask task) {
    if (task.getVariable(ReportDraft.RESULTS) == null) {
      ProcessData.setIfChanged(task, ReportDraft.RESULTS, ProcessData.json(registeredResults(task)));
    }
    if (task.getVariable(ReportDraft.COST_SPENT) == null && task.getVariable(EvaluationRecord.ACTUAL_COST) != null) {
      ProcessData.setIfChanged(task, ReportDraft.COST_SPENT, task.getVariable(EvaluationRecord.ACTUAL_COST));
    }
    if (task.getVariable(ReportDraft.WHAT_WAS_TRIED) == null) {
      Registration.Intervention i = RegistrationRecord.read(task).intervention();
      ProcessData.setIfChanged(task, ReportDraft.WHAT_WAS_TRIED, i.what() + "\nBy: " + i.who() + "\nWhere: " + i.where()
          + "\nHow often: " + i.frequency());
    }
  }

  /** The registered criteria, with the evaluated results if the trial was evaluated. */
  private static List<ReportResult> registeredResults(DelegateTask task) {
    Object evaluated = ProcessData.plain(task.getVariableTyped(EvaluationRecord.CRITERION_RESULTS));
    List<CriterionResult> results = evaluated != null
        ? Arrays.asList(ProcessData.convert(evaluated, CriterionResult[].class))
        : RegistrationRecord.read(task).successCriteria().stream().map(CriterionResult::pending).toList();
    return results.stream().map(ReportResult::from).toList();
  }
}
