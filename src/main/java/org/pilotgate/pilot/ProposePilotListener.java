package org.pilotgate.pilot;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.ReadGrants;
import org.springframework.stereotype.Component;

/** "Propose a pilot": checks the registration, then gives the pilot its reference as business key. */
@Component("proposePilot")
class ProposePilotListener implements ExecutionListener {

  private final PilotReferences references;
  private final ReadGrants readGrants;
  private final PilotGateProperties properties;

  ProposePilotListener(PilotReferences references, ReadGrants readGrants, PilotGateProperties properties) {
    this.references = references;
    this.readGrants = readGrants;
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
    readGrants.pilotToProposer(proposer, execution.getProcessInstanceId());
  }
}
