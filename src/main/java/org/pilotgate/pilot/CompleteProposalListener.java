package org.pilotgate.pilot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.ProcessData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Complete the proposal" (a pilot from a hack-day idea): the author's completed proposal meets the
 * same rules as one proposed from the start form, and only now is the pilot announced as proposed.
 */
@Component("completeProposal")
class CompleteProposalListener implements TaskListener {

  private final ApplicationEventPublisher events;

  CompleteProposalListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    Registration registration = Registration.from(ProcessData.submission(task));
    RegistrationRecord.write(task.getExecution(), registration);
    events.publishEvent(new PilotProposed(task.getProcessInstanceId(), PilotRecords.referenceOf(task),
        (String) task.getVariable(PilotRecords.PROPOSER_VARIABLE), registration.title()));
  }
}
