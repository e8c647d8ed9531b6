package org.pilotgate.process;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;

/** Camunda's commands keep what they were asked (a task id, the submitted values) in fields without getters. */
final class CommandFields {

  private CommandFields() {}

  /** What a start was asked: the definition, the values, any start instructions and skips. */
  static ProcessInstantiationBuilderImpl instantiation(StartProcessInstanceCmd start) {
    return read(start, "instantiationBuilder");
  }

  @SuppressWarnings("unchecked")
  static <V> V read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException notHere) {
        // declared on a superclass, if at all
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getSimpleName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getSimpleName() + " has no field " + name);
  }
}
