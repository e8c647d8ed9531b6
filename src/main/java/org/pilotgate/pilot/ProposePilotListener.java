package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Propose a pilot": checks the registration, then records the pilot with its reference (also its
 * business key) and its proposer, who is always the signed-in user, and tells who keeps the partner
 * register which partners it named.
 */
@Component("proposePilot")
class ProposePilotListener implements ExecutionListener {

  private final PilotProposals proposals;
  private final ApplicationEventPublisher events;
  private final Partner.RegisterNames register;

  ProposePilotListener(PilotProposals proposals, ApplicationEventPublisher events, Partner.RegisterNames register) {
    this.proposals = proposals;
    this.register = register;
    this.events = events;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String proposer = Actors.signedIn(execution);
    if (proposer == null) {
      throw new InvalidSubmission(PilotRecords.PROPOSER_VARIABLE, "sign in to propose a pilot: the signed-in user becomes its proposer");
    }
    Registration registration = Registration.from(ProcessData.submission(execution), register);
    RegistrationRecord.write(execution, registration);
    String reference = proposals.record(execution, proposer);
    events.publishEvent(new PilotProposed(execution.getProcessInstanceId(), reference, proposer,
        registration.title(), AuditChain.contentHash(registration)));
    events.publishEvent(new PartnersNamed(execution.getProcessInstanceId(), reference, registration.title(), proposer,
        registration.partners()));
  }
}
