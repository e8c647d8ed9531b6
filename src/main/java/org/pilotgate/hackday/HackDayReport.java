package org.pilotgate.hackday;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hack day's report: its ideas with their answers, the pilots started with where each stands now
 * (from the learning library, so outcomes appear as pilots finish), and the quick wins with the hours
 * a week they save.
 *
 * @param pilotOutcomes each started pilot's reference → what became of it (from the library)
 */
record HackDayReport(HackDay hackDay, List<Idea> ideas, Map<String, HackDayPages.PilotOutcome> pilotOutcomes) {

  public long waiting() {
    return ideas.stream().filter(idea -> !idea.triaged()).count();
  }

  public List<Idea> pilots() {
    return withOutcome(IdeaOutcome.PILOT);
  }

  public List<Idea> quickWins() {
    return withOutcome(IdeaOutcome.QUICK_WIN);
  }

  private List<Idea> withOutcome(IdeaOutcome outcome) {
    return ideas.stream().filter(idea -> idea.outcome() == outcome).toList();
  }

  /** Hours a week saved by the quick wins not known to have failed (done, or not yet followed up). */
  public BigDecimal hoursSavedPerWeek() {
    return quickWins().stream()
        .filter(idea -> !Boolean.FALSE.equals(idea.quickWinDone()))
        .map(Idea::hoursSavedPerWeek).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
