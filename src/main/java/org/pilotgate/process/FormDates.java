package org.pilotgate.process;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.pilotgate.form.DayMonthYear;

/**
 * A task form's date fields shown as people write them: the engine keeps a date as an ISO day
 * ({@code 2027-02-04}, which the steps write back whichever way it was typed), and a form that opens
 * with it, such as the proposal being revised or the trial planned again, gets {@code 04/02/2027}.
 * Only the form's variables change (what Tasklist and {@code /task/{id}/form-variables} load into the
 * form); the process's variables stay ISO for every other reader.
 */
class FormDates extends CommandInterceptor {

  private final FormFields forms;

  FormDates(FormFields forms) {
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (command instanceof GetTaskFormVariablesCmd formVariables && result instanceof VariableMap shown) {
      showDayMonthYear(formVariables.resourceId, shown);
    }
    return result;
  }

  private void showDayMonthYear(String taskId, VariableMap shown) {
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return;
    }
    for (String field : forms.datesOf(task.getBpmnModelElementInstance().getCamundaFormRef())) {
      if (shown.get(field) instanceof String stored) {
        isoDay(stored).ifPresent(day -> shown.putValueTyped(field, Variables.stringValue(DayMonthYear.typed(day))));
      }
    }
  }

  private static Optional<LocalDate> isoDay(String stored) {
    try {
      return DayMonthYear.parse(stored).filter(day -> stored.strip().equals(day.toString()));
    } catch (DateTimeException noSuchDay) {
      return Optional.empty();
    }
  }
}
