package org.pilotgate.champions;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ProposalApproved;
import org.pilotgate.pilot.Registration;
import org.pilotgate.process.PilotMessages;
import org.pilotgate.process.ChampionsModel;
import org.pilotgate.process.SideProcesses;
import org.pilotgate.trial.TrialPlanned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Offers each approved proposal to the champions ("Suggest partners") until its trial is planned,
 * when the task closes by itself. Both happen in the transaction of the pilot's own step, which never
 * waits for the champions.
 */
@Component
class PartnerSuggestionsWork {

  private final SideProcesses processes;
  private final PilotMessages messages;
  private final RuntimeService runtime;

  PartnerSuggestionsWork(SideProcesses processes, PilotMessages messages, RuntimeService runtime) {
    this.processes = processes;
    this.messages = messages;
    this.runtime = runtime;
  }

  @EventListener
  void proposalApproved(ProposalApproved approved) {
    Registration registration = approved.registration();
    Map<String, Object> variables = new HashMap<>();
    variables.put(ChampionsWork.PILOT_REFERENCE, approved.reference());
    variables.put(ChampionsWork.PILOT_TITLE, registration.title());
    variables.put(ChampionsWork.PILOT_SUMMARY, registration.summary());
    variables.put(ChampionsWork.PARTNERS_NAMED,
        registration.partners().stream().map(Partner::name).collect(Collectors.joining(", ")));
    processes.start(ChampionsModel.SUGGEST_PARTNERS_PROCESS, variables);
  }

  @EventListener
  void trialPlanned(TrialPlanned planned) {
    messages.deliver(() -> runtime.createMessageCorrelation(ChampionsModel.TRIAL_PLANNED_MESSAGE)
        .processInstanceVariableEquals(ChampionsWork.PILOT_REFERENCE, planned.reference())
        .correlateAllWithResult());
  }
}
