package org.pilotgate.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.form.Submission;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Say what is different from similar failures": the proposer answers for each similar failed
 * pilot the check found. The failures come from the check's {@code priorWorkMatches}, which no form
 * submits; only the answers come from the form.
 */
@Component("acknowledgePriorWork")
class AcknowledgePriorWorkListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<SimilarFailure> found = Arrays.stream(ProcessData.convert(
            ProcessData.plain(task.getVariableTyped(PriorWorkMatch.VARIABLE)), PriorWorkMatch[].class))
        .filter(match -> ReportDocument.FAILED.equals(match.outcome()))
        .map(SimilarFailure::unacknowledged)
        .toList();
    Submission form = ProcessData.submission(task);
    List<Submission> answers = form.rows(SimilarFailure.VARIABLE);
    if (answers.size() != found.size()) {
      throw form.invalid(SimilarFailure.VARIABLE, "say what is different for each of the " + found.size()
          + " similar failures");
    }
    List<SimilarFailure> acknowledged = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      acknowledged.add(found.get(i).acknowledged(answers.get(i)));
    }
    task.setVariable(SimilarFailure.VARIABLE, ProcessData.json(acknowledged));
  }
}
