package org.pilotgate.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** Nudges the author's open "Draft the failure report" task: a higher priority and a comment on it. */
final class OpenDraftTasks {

  private OpenDraftTasks() {}

  static void nudge(DelegateExecution execution, int priority, String message) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task draft : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("DraftFailureReport").list()) {
      tasks.setPriority(draft.getId(), priority);
      tasks.createComment(draft.getId(), execution.getProcessInstanceId(), message);
    }
  }

  static String day(Object date, ZoneId zone) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(((Date) date).toInstant().atZone(zone));
  }
}
