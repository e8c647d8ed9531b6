package org.pilotgate.pilot;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pilotgate.form.InvalidSubmission;
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

  private final PilotReferences references;
  private final PilotRecords records;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Partner.RegisterNames register;

  ProposePilotListener(PilotReferences references, PilotRecords records, ApplicationEventPublisher events,
      Clock clock, Partner.RegisterNames register) {
    this.references = references;
    this.register = register;
    this.records = records;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String proposer = Actors.signedIn(execution);
    if (proposer == null) {
      throw new InvalidSubmission(PilotRecords.PROPOSER_VARIABLE, "sign in to propose a pilot: the signed-in user becomes its proposer");
    }
    Registration registration = Registration.from(ProcessData.submission(execution), register);
    RegistrationRecord.write(execution, registration);
    String reference = references.next(LocalDate.now(clock).getYear());
    records.proposed(execution.getProcessInstanceId(), reference, proposer, clock.instant());
    execution.setProcessBusinessKey(reference);
    execution.setVariable(PilotRecords.PROPOSER_VARIABLE, proposer);
    execution.setVariable(PilotRecords.REFERENCE_VARIABLE, reference);
    execution.setVariable(ProposalReview.REVISION_ROUND, 0);
    execution.setVariable(ProposalReview.MAX_REVISION_ROUNDS_VARIABLE, ProposalReview.MAX_REVISION_ROUNDS);
    events.publishEvent(new PilotProposed(execution.getProcessInstanceId(), reference, proposer,
        registration.title()));
    events.publishEvent(new PartnersNamed(execution.getProcessInstanceId(), reference, registration.title(), proposer,
        registration.partners()));
  }
}
