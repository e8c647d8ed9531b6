package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.governance.PilotRecords;
import org.springframework.stereotype.Component;

/**
 * "Hack-day idea taken up": records the pilot with its reference, its proposer being the idea's
 * author, whom the message names. Only the hack day's triage sends that message (LifecycleGuard
 * refuses any other), so the name cannot be forged. The registration follows in "Complete the proposal".
 */
@Component("proposeFromIdea")
class ProposeFromIdeaListener implements ExecutionListener {

  private final PilotProposals proposals;

  ProposeFromIdeaListener(PilotProposals proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object author = execution.getVariable(PilotRecords.PROPOSER_VARIABLE);
    if (!(author instanceof String proposer) || proposer.isBlank()) {
      throw new IllegalStateException("A pilot from a hack-day idea needs the idea's author as its proposer");
    }
    proposals.record(execution, proposer);
  }
}
