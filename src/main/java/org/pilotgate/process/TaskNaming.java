package org.pilotgate.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts the pilot reference in front of every task name ({@code PIL-2026-0007 · Review the
 * proposal}) and the reference and title in front of its description, so a Tasklist row says which
 * pilot it is about while the diagram keeps plain names. The {@link TaskCaption} reads which pilot that is.
 */
class TaskNaming extends AbstractBpmnParseListener implements TaskListener {

  static final String SEPARATOR = " · ";

  private final TaskCaption caption;

  TaskNaming(TaskCaption caption) {
    this.caption = caption;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, this);
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = caption.reference(task);
    if (reference != null) {
      task.setName(reference + SEPARATOR + task.getName());
      String pilot = reference + SEPARATOR + caption.title(task);
      task.setDescription(task.getDescription() == null ? pilot : pilot + "\n" + task.getDescription());
    }
  }
}
