package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/** "Review the proposal": a decision, reasons unless approved, and the count of revision rounds. */
@Component("reviewProposal")
class ReviewProposalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    int roundsUsed = (Integer) task.getVariable(ProposalReview.REVISION_ROUND);
    ProposalReview review = ProposalReview.from(ProcessData.submission(task), roundsUsed);
    task.setVariable(ProposalReview.DECISION, review.decision().name());
    if (review.decision() == ProposalReview.Decision.REQUEST_CHANGES) {
      task.setVariable(ProposalReview.REVISION_ROUND, roundsUsed + 1);
    }
  }
}
