package org.pilotgate.process;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Due dates of the user tasks other than the managers' decisions ({@link DecisionDeadlines}) and the
 * failure report's draft: a period from the task's creation, configured per task under
 * {@code pilotgate.due-within.<task id>}. The BPMN asks with the task's own id:
 * {@code camunda:dueDate="${taskDeadlines.due('PlanTrial')}"}.
 *
 * <p>One method keyed by the task rather than a method per task: the settings, the model and this
 * bean then share one name for each task, the task's id; ModelContractTest checks that each task asks
 * for its own id and that every configured key is a task of the model; and a task that gets a due
 * date needs a default in {@link PilotGateProperties#DUE_WITHIN_DEFAULTS} and an attribute in the
 * model, no new Java method. A task the settings do not know fails when it is created, naming itself.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final Map<String, Period> dueWithin;
  private final Clock clock;

  @Autowired
  TaskDeadlines(PilotGateProperties properties, Clock clock) {
    this(properties.dueWithin(), clock);
  }

  /** @param dueWithin the period per task id, as {@link PilotGateProperties#dueWithin()} holds them */
  TaskDeadlines(Map<String, Period> dueWithin, Clock clock) {
    this.dueWithin = dueWithin;
    this.clock = clock;
  }

  /** The due date of the task {@code taskId} created now, in the council's zone. */
  public Date due(String taskId) {
    Period within = dueWithin.get(taskId);
    if (within == null) {
      throw new IllegalArgumentException("No due date is configured for the task " + taskId
          + ": add it to pilotgate.due-within (PilotGateProperties.DUE_WITHIN_DEFAULTS)");
    }
    return Date.from(ZonedDateTime.now(clock).plus(within).toInstant());
  }
}
