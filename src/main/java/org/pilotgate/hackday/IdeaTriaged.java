package org.pilotgate.hackday;

import java.util.LinkedHashMap;
import java.util.Map;

/** A champion answered an idea: the audit chain keeps it (audit) and the author is told by mail (notify). */
public record IdeaTriaged(HackDay hackDay, Idea idea, String champion) {

  /** What the audit chain keeps of the answer. */
  public Map<String, Object> answer() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("ideaId", idea.id());
    answer.put("idea", idea.title());
    answer.put("author", idea.author());
    answer.put("outcome", idea.outcome().name());
    answer.put("reason", idea.reason());
    answer.put(Triage.HOURS_SAVED_PER_WEEK, idea.hoursSavedPerWeek() == null ? null : idea.hoursSavedPerWeek().toPlainString());
    answer.put("pilot", idea.pilotReference());
    return answer;
  }
}
