package org.pilotgate.pilot;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.ProposerAccess;
import org.springframework.stereotype.Component;

/** "Propose a pilot": checks the registration, then gives the pilot its reference as business key. */
@Component("proposePilot")
class ProposePilotListener implements ExecutionListener {

  private final PilotReferences references;
  private final ProposerAccess proposerAccess;
  private final PilotGateProperties properties;

  ProposePilotListener(PilotReferences references, ProposerAccess proposerAccess, PilotGateProperties properties) {
    this.references = references;
    this.proposerAccess = proposerAccess;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String proposer = (String) execution.getVariable("proposer");
    if (proposer == null) {
      throw new InvalidSubmission("proposer", "sign in to propose a pilot: the signed-in user becomes its proposer");
    }
    RegistrationRecord.write(execution, Registration.from(ProcessData.submission(execution)));
    String reference = references.next(LocalDate.now(properties.zone()).getYear());
    execution.setProcessBusinessKey(reference);
    execution.setVariable("pilotReference", reference);
    execution.setVariable("revisionRound", 0);
    execution.setVariable("maxRevisionRounds", ProposalReview.MAX_REVISION_ROUNDS);
    proposerAccess.grantRead(proposer, execution.getProcessInstanceId());
  }
}
