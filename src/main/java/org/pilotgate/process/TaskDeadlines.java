package org.pilotgate.process;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
 * date needs a default in {@link #DEFAULTS} and an attribute in the model, no new Java method. A
 * setting for no such task, or a period that is not positive, stops start-up naming the property; a
 * task without a period fails when it is created, naming itself.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  /** The tasks whose due date this sets, with their default periods. */
  public static final SortedMap<String, Period> DEFAULTS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
      LifecycleModel.ACKNOWLEDGE_PRIOR_WORK, Period.ofDays(7),
      LifecycleModel.COMPLETE_PROPOSAL, Period.ofDays(14),
      LifecycleModel.REVISE_PROPOSAL, Period.ofDays(14),
      LifecycleModel.PLAN_TRIAL, Period.ofDays(14),
      LifecycleModel.RECORD_CHECK_IN, Period.ofDays(7),
      LifecycleModel.EVALUATE_TRIAL, Period.ofDays(21),
      LifecycleModel.WRITE_SUCCESS_REPORT, Period.ofDays(28),
      LifecycleModel.REVIEW_SUCCESS_REPORT, Period.ofDays(10),
      LifecycleModel.REVIEW_FAILURE_REPORT, Period.ofDays(10),
      LifecycleModel.CHASE_OVERDUE_REPORT, Period.ofDays(7))));

  private final Map<String, Period> dueWithin;
  private final Clock clock;

  @Autowired
  TaskDeadlines(PilotGateProperties properties, Clock clock) {
    this(periods(properties.dueWithin()), clock);
  }

  /** @param dueWithin the period per task id, as {@link #periods} makes them */
  TaskDeadlines(Map<String, Period> dueWithin, Clock clock) {
    this.dueWithin = dueWithin;
    this.clock = clock;
  }

  /** The due date of the task {@code taskId} created now, in the council's zone. */
  public Date due(String taskId) {
    Period within = dueWithin.get(taskId);
    if (within == null) {
      throw new IllegalArgumentException("No due date is configured for the task " + taskId
          + ": add it to pilotgate.due-within (TaskDeadlines.DEFAULTS)");
    }
    return Date.from(ZonedDateTime.now(clock).plus(within).toInstant());
  }

  /**
   * The configured periods ({@code pilotgate.due-within}) over the defaults. Task ids match whatever
   * their case, since environment variables ({@code PILOTGATE_DUEWITHIN_PLANTRIAL}) arrive in lower
   * case. A key that is no such task, or a period that is not positive, is refused naming the property.
   */
  public static Map<String, Period> periods(Map<String, Period> configured) {
    SortedMap<String, Period> periods = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    periods.putAll(DEFAULTS);
    configured.forEach((task, period) -> {
      String property = "pilotgate.due-within." + task;
      if (!periods.containsKey(task)) {
        throw new IllegalArgumentException(property + " names no task whose due date is set here; the tasks are "
            + DEFAULTS.keySet());
      }
      if (period == null || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException(property + " must be a positive period, e.g. P14D, not " + period);
      }
      periods.put(task, period);
    });
    return Collections.unmodifiableSortedMap(periods);
  }
}