package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Review the proposal": a decision, reasons unless approved, and the count of revision rounds. An
 * approval is told to the champions, who may suggest partners before the trial is planned.
 */
@Component("reviewProposal")
class ReviewProposalListener implements TaskListener {

  private final ApplicationEventPublisher events;
  private final PilotRecords records;

  ReviewProposalListener(ApplicationEventPublisher events, PilotRecords records) {
    this.events = events;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    int roundsUsed = (Integer) task.getVariable(ProposalReview.REVISION_ROUND);
    ProposalReview review = ProposalReview.from(ProcessData.submission(task), roundsUsed);
    ProcessData.setIfChanged(task, ProposalReview.DECISION, review.decision().name());
    if (review.decision() == ProposalReview.Decision.REQUEST_CHANGES) {
      ProcessData.setIfChanged(task, ProposalReview.REVISION_ROUND, roundsUsed + 1);
    }
    String reference = records.of(task.getProcessInstanceId()).reference();
    events.publishEvent(new ProposalReviewed(reference, Actors.current(task), review));
    if (review.decision() == ProposalReview.Decision.APPROVE) {
      events.publishEvent(new ProposalApproved(task.getProcessInstanceId(), reference, RegistrationRecord.read(task)));
    }
  }
}
