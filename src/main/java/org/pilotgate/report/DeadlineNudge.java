package org.pilotgate.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.LifecycleModel;

/**
 * Serves "Remind the author" and "Escalate the overdue report" (beans in {@link ReportBeans}):
 * records the step (and mails the author), then nudges the author's open "Draft the failure report"
 * task with a higher priority and a comment naming the due date.
 */
class DeadlineNudge implements JavaDelegate {

  private final int priority;
  private final String message;
  private final ZoneId zone;
  private final Consumer<DelegateExecution> record;

  /**
   * @param message a format with the pilot reference and the due day, in that order
   * @param record what the step notes on the pilot
   */
  DeadlineNudge(int priority, String message, ZoneId zone, Consumer<DelegateExecution> record) {
    this.priority = priority;
    this.message = message;
    this.zone = zone;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record.accept(execution);
    String dueDay = DateTimeFormatter.ISO_LOCAL_DATE.format(
        FailureReportDeadline.dueDateOf(execution).toInstant().atZone(zone));
    String comment = message.formatted(PilotRecords.referenceOf(execution), dueDay);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task draft : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(LifecycleModel.DRAFT_FAILURE_REPORT).list()) {
      tasks.setPriority(draft.getId(), priority);
      tasks.createComment(draft.getId(), execution.getProcessInstanceId(), comment);
    }
  }
}
