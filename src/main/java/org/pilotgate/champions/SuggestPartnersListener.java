package org.pilotgate.champions;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.form.Submission;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.partners.PartnerSuggestions;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Suggest partners": each row names a partner in the register and, optionally, why. The pilot is the
 * one PilotGate started the task for (nobody sets a variable by hand), never one a submission names.
 */
@Component("suggestPartners")
class SuggestPartnersListener implements TaskListener {

  static final String SUGGESTIONS = "suggestions";
  static final String NOTE = "note";

  private final PartnerRegister register;
  private final PartnerSuggestions suggestions;

  SuggestPartnersListener(PartnerRegister register, PartnerSuggestions suggestions) {
    this.register = register;
    this.suggestions = suggestions;
  }

  @Override
  public void notify(DelegateTask task) {
    String pilot = (String) task.getVariable(ChampionsWork.PILOT_REFERENCE);
    String champion = Actors.current(task);
    Submission form = ProcessData.submission(task);
    for (Submission row : form.rows(SUGGESTIONS)) {
      suggestions.suggest(pilot, RegisterPick.from(row, register).id(), row.optionalText(NOTE, 500), champion);
    }
  }
}
