package org.pilotgate.process;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The only routes by which a pilot's variables may change, tracked for the command running on this
 * thread: a form submitted when a task is completed or a pilot proposed (its fields checked by
 * {@link LifecycleGuard}), a message PilotGate's own service delivers ({@link PilotMessages}), a step
 * of the model running (a listener or delegate of the release's model), or the model running on in
 * one of its own jobs (a timer, an asynchronous step). Anything
 * else (setting, patching or removing variables through any API, a batch, a task's error or
 * resolution with values) is outside and refused.
 */
final class WriteRoutes {

  private static final ThreadLocal<int[]> SUBMISSIONS = ThreadLocal.withInitial(() -> new int[1]);
  private static final ThreadLocal<int[]> MODEL_STEPS = ThreadLocal.withInitial(() -> new int[1]);
  private static final ThreadLocal<int[]> MESSAGES = ThreadLocal.withInitial(() -> new int[1]);

  private WriteRoutes() {}

  static <T> T submitting(Callable<T> command) throws Exception {
    return within(SUBMISSIONS, command);
  }

  static <T> T inModelStep(Callable<T> step) throws Exception {
    return within(MODEL_STEPS, step);
  }

  static <T> T delivering(Callable<T> correlation) throws Exception {
    return within(MESSAGES, correlation);
  }

  static boolean open() {
    return SUBMISSIONS.get()[0] > 0 || MODEL_STEPS.get()[0] > 0 || deliveringMessage() || modelJobRunning();
  }

  /** Only PilotGate's own services deliver a message to a pilot, never an engine API. */
  static boolean deliveringMessage() {
    return MESSAGES.get()[0] > 0;
  }

  /** A timer or asynchronous continuation of the model; batch jobs (set variables, modify, ...) are not. */
  private static boolean modelJobRunning() {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    if (job == null) {
      return false;
    }
    String type = job.getJobHandlerType();
    return type.startsWith("timer-") || "async-continuation".equals(type) || "event".equals(type);
  }

  private static <T> T within(ThreadLocal<int[]> depth, Callable<T> work) throws Exception {
    depth.get()[0]++;
    try {
      return work.call();
    } finally {
      depth.get()[0]--;
    }
  }
}
