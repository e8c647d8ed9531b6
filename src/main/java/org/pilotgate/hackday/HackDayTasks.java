package org.pilotgate.hackday;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the hack day's tasks read from the model, and show their forms about the idea they serve. */
final class HackDayTasks {

  /** The idea's words, as the tasks show them and the idea page's form names its fields. */
  static final String IDEA_TITLE = "ideaTitle";
  static final String IDEA_PROBLEM = "ideaProblem";
  static final String IDEA_TEXT = "ideaText";

  private HackDayTasks() {}

  static long hackDayId(VariableScope scope) {
    return ((Number) scope.getVariable(HackDayModel.HACK_DAY_ID)).longValue();
  }

  static long ideaId(VariableScope scope) {
    return ((Number) scope.getVariable(HackDayModel.IDEA_ID)).longValue();
  }

  /** The idea's words as the task's own (local) values, for its form to show; never read back. */
  static void show(DelegateTask task, HackDay day, Idea idea) {
    task.setVariableLocal("hackDayReference", day.reference());
    task.setVariableLocal("hackDayTheme", day.theme());
    task.setVariableLocal(IDEA_TITLE, idea.title());
    task.setVariableLocal("ideaAuthor", idea.author());
    task.setVariableLocal(IDEA_PROBLEM, idea.problem());
    task.setVariableLocal(IDEA_TEXT, idea.idea());
    task.setVariableLocal("ideaHoursEstimate", idea.hoursSavedEstimate().toPlainString());
    task.setVariableLocal("quickWinHours", idea.hoursSavedPerWeek() == null ? null : idea.hoursSavedPerWeek().toPlainString());
    task.setDescription(day.reference() + " · " + idea.title());
  }
}
