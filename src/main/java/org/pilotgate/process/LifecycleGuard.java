package org.pilotgate.process;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.pilotgate.form.NotAllowed;

/**
 * Refuses, inside the engine and so for every API, the ways around a pilot's model:
 * <ul>
 *   <li>setting, patching or removing variables through the API (a pilot's values change only through
 *       its steps, see {@link PilotVariablesGuard});</li>
 *   <li>BPMN errors and escalations thrown on a task from outside (the model throws its own);</li>
 *   <li>messages correlated or triggered through an API, with or without values: a message (a
 *       manager's early stop) reaches a pilot only through PilotGate's own service
 *       ({@link PilotMessages});</li>
 *   <li>moving a pilot: instance modification, restarts, signalling a waiting step, starts with
 *       start instructions or skipped listeners or input/output mappings, moving or deleting its
 *       timers, or a person firing a timer before it is due;</li>
 *   <li>setting by hand when a pilot's history is removed;</li>
 *   <li>deployments asked for by a signed-in caller (models ship with the release and are deployed
 *       at start-up).</li>
 * </ul>
 * A submission (a task completed, a pilot proposed) is checked by {@link SubmittedFields} and opens
 * the route by which its values may be written ({@link WriteRoutes}).
 * Sits inside the command context, so it sees commands run by batch jobs too.
 */
class LifecycleGuard extends CommandInterceptor {

  private static final Set<Class<?>> MOVES = Set.of(ModifyProcessInstanceCmd.class,
      ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
      ProcessInstanceModificationBatchCmd.class, RestartProcessInstancesCmd.class,
      RestartProcessInstancesBatchCmd.class, StartProcessInstanceAtActivitiesCmd.class, SignalCmd.class);

  private static final Set<Class<?>> MESSAGES = Set.of(CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
      MessageEventReceivedCmd.class, CorrelateAllMessageBatchCmd.class);

  private static final String TIMERS_KEEP_THEIR_DATES = "A pilot's timers and steps keep the dates its plan gave "
      + "them: they cannot be moved or deleted by hand.";

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final SubmittedFields forms;

  LifecycleGuard(FormFields forms) {
    this.forms = new SubmittedFields(forms);
  }

  @Override
  public <T> T execute(Command<T> command) {
    refuseRoutesAround(command);
    boolean outermost = DEPTH.get()[0] == 0;
    DEPTH.get()[0]++;
    try {
      if (outermost && SubmittedFields.isSubmission(command)) {
        forms.check(command);
        return WriteRoutes.submitting(() -> next.execute(command));
      }
      return next.execute(command);
    } catch (RuntimeException error) {
      throw error;
    } catch (Exception checked) {
      throw new IllegalStateException(checked);
    } finally {
      DEPTH.get()[0]--;
    }
  }

  private static void refuseRoutesAround(Command<?> command) {
    if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd) {
      // PilotVariablesGuard refuses any change these would make; refusing the call itself answers the same
      // even for one that would change nothing, such as removing a value that is not there
      throw new NotAllowed(PilotVariablesGuard.refusal(variableNames(command)));
    }
    if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      throw new NotAllowed("A pilot's task ends only by being completed with its form. BPMN errors and escalations "
          + "are thrown by the model itself, never from outside.");
    }
    if (MESSAGES.contains(command.getClass()) && !WriteRoutes.deliveringMessage()) {
      throw new NotAllowed("A message reaches a pilot only through PilotGate's own pages: a manager stops a trial "
          + "early at /pilots/{reference}/stop-early. Messages are not correlated or triggered through an API.");
    }
    if (MOVES.contains(command.getClass()) || command instanceof StartProcessInstanceCmd start && skipsSteps(start)) {
      throw new NotAllowed("A pilot moves only through its own steps: it cannot be started part-way, modified, "
          + "restarted, signalled on, or started without its listeners or input/output mappings.");
    }
    if (command instanceof SetJobDuedateCmd || command instanceof DeleteJobCmd) {
      refuseForPilotJob(command);
    }
    if (command instanceof SetJobRetriesCmd retries && CommandFields.<Boolean>read(retries, "isDueDateSet")) {
      throw new NotAllowed(TIMERS_KEEP_THEIR_DATES);
    }
    if (command instanceof ExecuteJobsCmd && Context.getCommandContext().getAuthenticatedUserId() != null) {
      refuseEarlyExecution(command);
    }
    if (command instanceof SetRemovalTimeToHistoricProcessInstancesCmd
        || command instanceof SetRemovalTimeToHistoricDecisionInstancesCmd) {
      throw new NotAllowed("How long a pilot's history is kept is PilotGate's setting (pilotgate.retention.pilot-history), "
          + "applied when a pilot ends: it is not set by hand.");
    }
    if (command instanceof DeployCmd && Context.getCommandContext().getAuthenticatedUserId() != null) {
      throw new NotAllowed("Models ship with PilotGate's release and are deployed when it starts: "
          + "nothing is deployed through an API. See docs/security.md, \"Models ship with the release\".");
    }
  }

  /** The names a variable call sets, patches or removes. */
  private static Collection<String> variableNames(Command<?> command) {
    Set<String> names = new TreeSet<>();
    if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
      Map<String, ?> values = CommandFields.read(command, "variables");
      names.addAll(values == null ? Set.of() : values.keySet());
    }
    String removed = command instanceof AbstractRemoveVariableCmd ? "variableNames"
        : command instanceof AbstractPatchVariablesCmd ? "deletions" : null;
    if (removed != null) {
      Collection<String> deletions = CommandFields.read(command, removed);
      names.addAll(deletions == null ? Set.of() : deletions);
    }
    return names;
  }

  private static void refuseForPilotJob(Command<?> command) {
    JobEntity job = jobOf(command);
    if (job != null && job.getProcessInstanceId() != null) {
      throw new NotAllowed(TIMERS_KEEP_THEIR_DATES);
    }
  }

  /** A person may run a failed step again at once, or a job that is due; a timer that is not due yet fires when it is. */
  private static void refuseEarlyExecution(Command<?> command) {
    JobEntity job = jobOf(command);
    if (job != null && job.getProcessInstanceId() != null && job.getExceptionMessage() == null
        && job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
      throw new NotAllowed("This timer of the pilot is due " + job.getDuedate().toInstant()
          + ": it fires then, not earlier by hand. A failed step can be run again at once.");
    }
  }

  private static JobEntity jobOf(Command<?> command) {
    String jobId = CommandFields.read(command, "jobId");
    return jobId == null ? null : Context.getCommandContext().getJobManager().findJobById(jobId);
  }

  private static boolean skipsSteps(StartProcessInstanceCmd start) {
    ProcessInstanceModificationBuilderImpl instructions = CommandFields.instantiation(start).getModificationBuilder();
    return instructions != null && (instructions.isSkipCustomListeners() || instructions.isSkipIoMappings()
        || !instructions.getModificationOperations().isEmpty());
  }
}
