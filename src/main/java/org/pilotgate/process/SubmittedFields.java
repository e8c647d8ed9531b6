package org.pilotgate.process;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.form.Submission;

/**
 * What a submission may carry: when a task is completed or a pilot proposed, through any API, only
 * the fields of that step's form in the release, and no text with control characters. Checked before
 * the engine stores anything, so a refused submission leaves nothing behind.
 */
final class SubmittedFields {

  private final FormFields forms;

  SubmittedFields(FormFields forms) {
    this.forms = forms;
  }

  static boolean isSubmission(Command<?> command) {
    return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
        || command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd;
  }

  void check(Command<?> command) {
    Map<String, ?> values = submittedValues(command);
    if (values == null || values.isEmpty()) {
      return;
    }
    if (command instanceof StartProcessInstanceCmd start) {
      checkFields(values, startFormOf(definition(CommandFields.instantiation(start))));
    } else if (command instanceof SubmitStartFormCmd start) {
      checkFields(values, startFormOf(deploymentCache().findDeployedProcessDefinitionById(
          CommandFields.read(start, "processDefinitionId"))));
    } else {
      TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(CommandFields.read(command, "taskId"));
      // the engine answers for a missing task; a task outside any process is no pilot's
      if (task != null && task.getProcessDefinitionId() != null) {
        checkFields(values, Optional.ofNullable(task.getBpmnModelElementInstance().getCamundaFormRef()));
      }
    }
  }

  private void checkFields(Map<String, ?> values, Optional<String> form) {
    Set<String> fields = forms.of(form.orElse(null));
    for (String name : values.keySet()) {
      if (!fields.contains(name)) {
        throw new InvalidSubmission(name, form.map(id -> "is not a field of the form '" + id
            + "', so it cannot be submitted here").orElse("this step takes no values"));
      }
      // refused here, before the engine stores it or anything copies it (a database may refuse it with a 500)
      if (textOf(values, name) instanceof String text) {
        Submission.refuseControlCharacters(name, text);
      }
    }
  }

  /** A submitted value as text, if it is text; a JSON value is left, unparsed, to the step that reads it. */
  private static Object textOf(Map<String, ?> values, String name) {
    Object value = values instanceof VariableMap typed ? typed.getValueTyped(name) : values.get(name);
    if (value instanceof SerializableValue) {
      return null;
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static Map<String, ?> submittedValues(Command<?> command) {
    if (command instanceof StartProcessInstanceCmd start) {
      return CommandFields.instantiation(start).getVariables();
    }
    return CommandFields.read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
  }

  private static ProcessDefinitionEntity definition(ProcessInstantiationBuilderImpl builder) {
    return builder.getProcessDefinitionId() != null
        ? deploymentCache().findDeployedProcessDefinitionById(builder.getProcessDefinitionId())
        : deploymentCache().findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
  }

  /** The form of the process's own start event (not of an event subprocess's). */
  private static Optional<String> startFormOf(ProcessDefinitionEntity definition) {
    return deploymentCache().findBpmnModelInstanceForProcessDefinition(definition)
        .getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getParentElement() instanceof Process && start.getCamundaFormRef() != null)
        .map(StartEvent::getCamundaFormRef)
        .findFirst();
  }

  private static DeploymentCache deploymentCache() {
    return Context.getCommandContext().getProcessEngineConfiguration().getDeploymentCache();
  }
}
