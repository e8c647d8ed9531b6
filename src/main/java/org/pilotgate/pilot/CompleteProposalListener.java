package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.ProcessData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Complete the proposal" (a pilot from a hack-day idea): the author's completed proposal meets the
 * same rules as one proposed from the start form, and only now is the pilot announced as proposed,
 * with the partners it names.
 */
@Component("completeProposal")
class CompleteProposalListener implements TaskListener {

  private final ApplicationEventPublisher events;
  private final Partner.RegisterNames register;

  CompleteProposalListener(ApplicationEventPublisher events, Partner.RegisterNames register) {
    this.events = events;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    Registration registration = Registration.from(ProcessData.submission(task), register);
    RegistrationRecord.write(task.getExecution(), registration);
    String reference = PilotRecords.referenceOf(task);
    String proposer = (String) task.getVariable(PilotRecords.PROPOSER_VARIABLE);
    events.publishEvent(new PilotProposed(task.getProcessInstanceId(), reference, proposer, registration.title(),
        AuditChain.contentHash(registration)));
    events.publishEvent(new PartnersNamed(task.getProcessInstanceId(), reference, registration.title(), proposer,
        registration.partners()));
  }
}
