package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/** "Revise the proposal": the revised registration meets the same rules as the first. */
@Component("reviseProposal")
class ReviseProposalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    RegistrationRecord.write(task.getExecution(), Registration.from(ProcessData.submission(task)));
    // the next review starts afresh; history keeps the last decision and its comments
    task.removeVariables(java.util.List.of(ProposalReview.DECISION, ProposalReview.COMMENTS));
  }
}
