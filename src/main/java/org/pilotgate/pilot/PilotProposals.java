package org.pilotgate.pilot;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.pilotgate.governance.PilotRecords;
import org.springframework.stereotype.Component;

/** Records a new pilot, whichever way it starts: its reference (also its business key) and its proposer. */
@Component
class PilotProposals {

  private final PilotReferences references;
  private final PilotRecords records;
  private final Clock clock;

  PilotProposals(PilotReferences references, PilotRecords records, Clock clock) {
    this.references = references;
    this.records = records;
    this.clock = clock;
  }

  /** Returns the pilot's new reference. */
  String record(DelegateExecution execution, String proposer) {
    String reference = references.next(LocalDate.now(clock).getYear());
    records.proposed(execution.getProcessInstanceId(), reference, proposer, clock.instant());
    execution.setProcessBusinessKey(reference);
    execution.setVariable(PilotRecords.PROPOSER_VARIABLE, proposer);
    execution.setVariable(PilotRecords.REFERENCE_VARIABLE, reference);
    execution.setVariable(ProposalReview.REVISION_ROUND, 0);
    execution.setVariable(ProposalReview.MAX_REVISION_ROUNDS_VARIABLE, ProposalReview.MAX_REVISION_ROUNDS);
    return reference;
  }
}
