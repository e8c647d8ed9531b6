package org.pilotgate.hackday;

import java.util.List;
import org.springframework.stereotype.Component;

/** The ideas the model's multi-instance tasks run over, read from PilotGate's records when each phase begins. */
@Component("hackDayIdeas")
public class HackDayIdeas {

  private final HackDays hackDays;

  HackDayIdeas(HackDays hackDays) {
    this.hackDays = hackDays;
  }

  /** Every idea still waiting for its answer: one "Triage an idea" task each. */
  public List<Long> untriaged(Long hackDayId) {
    return hackDays.untriaged(hackDayId);
  }

  /** The quick wins not yet followed up: one "Was the quick win done?" task each. */
  public List<Long> quickWins(Long hackDayId) {
    return hackDays.quickWinsToFollowUp(hackDayId);
  }

  public boolean hasQuickWins(Long hackDayId) {
    return !quickWins(hackDayId).isEmpty();
  }
}
