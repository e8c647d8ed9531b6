package org.pilotgate.hackday;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.PilotMessages;
import org.springframework.stereotype.Component;

/**
 * Starts a pilot from an idea triaged as one: pre-filled with the idea's words, its author the
 * proposer, who completes the proposal in Tasklist. The start message goes only this way
 * ({@link PilotMessages}): no API can start a pilot in someone else's name.
 */
@Component
class IdeaPilots {

  private final RuntimeService runtime;
  private final PilotMessages messages;

  IdeaPilots(RuntimeService runtime, PilotMessages messages) {
    this.runtime = runtime;
    this.messages = messages;
  }

  /** Returns the new pilot. */
  ProcessInstance start(HackDay day, Idea idea) {
    return messages.deliver(() -> runtime.createMessageCorrelation(LifecycleModel.PROPOSED_FROM_IDEA_MESSAGE)
        .setVariable(PilotRecords.PROPOSER_VARIABLE, idea.author())
        .setVariable(RegistrationRecord.TITLE, idea.title())
        .setVariable(RegistrationRecord.PROBLEM, idea.problem())
        .setVariable(RegistrationRecord.SUMMARY, idea.idea() + "\n\nFrom the hack day " + day.reference() + ": "
            + day.theme() + ".")
        .setVariable(RegistrationRecord.INTERVENTION_WHAT, idea.idea())
        .setVariable(RegistrationRecord.SERVICE_AREA, day.serviceAreas().get(0).name())
        .correlateStartMessage());
  }
}
