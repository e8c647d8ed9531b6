package org.pilotgate.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Which pilot a task is about, as {@link TaskNaming} puts it in front of the task's name and
 * description. The feature that owns the pilot's reference and title supplies it, since the engine
 * glue depends on no feature.
 */
public interface TaskCaption {

  /** The pilot's reference, or null while the pilot has none. */
  String reference(VariableScope pilot);

  String title(VariableScope pilot);
}
