package org.pilotgate.trial;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.pilotgate.form.Submission;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.PilotMessages;
import org.springframework.stereotype.Service;

/**
 * Stopping a pilot's trial early: the message "Trial stopped early" delivered to the pilot with the
 * reason, as the person signed in to the engine. The model's listeners on that event decide whether
 * that person may (a manager who did not propose the pilot) and record the stop; the engine lets
 * the message in only while the trial runs, and only once.
 */
@Service
public class EarlyStops {

  private final RuntimeService runtime;
  private final PilotMessages messages;
  private final PilotRecords records;

  public EarlyStops(RuntimeService runtime, PilotMessages messages, PilotRecords records) {
    this.runtime = runtime;
    this.messages = messages;
    this.records = records;
  }

  /**
   * Stops the trial of the pilot {@code reference} with the reason in {@code values} (the fields
   * {@link TrialRecord#EARLY_STOP_REASON_CODE} and {@link TrialRecord#EARLY_STOP_REASON}).
   *
   * @throws org.pilotgate.form.InvalidSubmission naming the field, for a missing or wrong reason
   * @throws TrialNotRunning when the trial has not started, has ended, or someone stopped it first
   */
  public void stop(String reference, Map<String, ?> values) {
    EarlyStop stop = EarlyStop.from(Submission.of(values));
    try {
      messages.deliver(() -> {
        records.holdForChange(reference);
        return runtime.createMessageCorrelation(LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE)
            .processInstanceBusinessKey(reference)
            .setVariable(TrialRecord.EARLY_STOP_REASON_CODE, stop.reasonCode().name())
            .setVariable(TrialRecord.EARLY_STOP_REASON, stop.reason())
            .correlateWithResult();
      });
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException notRunning) {
      throw new TrialNotRunning(reference, notRunning);
    }
  }

  /** Whether the pilot's trial is running, so that it could be stopped early now. */
  public boolean isRunning(String reference) {
    return runtime.createExecutionQuery().processDefinitionKey(LifecycleModel.PROCESS)
        .processInstanceBusinessKey(reference)
        .messageEventSubscriptionName(LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE).count() > 0;
  }
}
