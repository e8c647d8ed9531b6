package org.pilotgate.pilot;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** "Revise the proposal": the revised registration meets the same rules as the first. */
@Component("reviseProposal")
class ReviseProposalListener implements TaskListener {

  private final Partner.RegisterNames register;
  private final ApplicationEventPublisher events;
  private final PilotRecords records;

  ReviseProposalListener(Partner.RegisterNames register, ApplicationEventPublisher events, PilotRecords records) {
    this.register = register;
    this.events = events;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Registration registration = Registration.from(ProcessData.submission(task), register);
    RegistrationRecord.write(task.getExecution(), registration);
    // the next review starts afresh; history keeps the last decision and its comments
    task.removeVariables(List.of(ProposalReview.DECISION, ProposalReview.COMMENTS));
    PilotRecords.PilotRecord pilot = records.of(task.getProcessInstanceId());
    events.publishEvent(new ProposalRevised(pilot.reference(), Actors.current(task), registration.title(),
        AuditChain.contentHash(registration)));
    events.publishEvent(new PartnersNamed(pilot.processInstanceId(), pilot.reference(), registration.title(),
        pilot.proposer(), registration.partners()));
  }
}
