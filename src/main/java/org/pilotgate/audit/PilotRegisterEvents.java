package org.pilotgate.audit;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.HistoryWatcher;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.trial.TrialStoppedEarly;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the pilot register current from the engine's history events, in the transaction of the
 * step that caused them:
 * <ul>
 *   <li>variable {@code pilotReference} created: the pilot is added, with its title, service area and
 *       proposer as they are at that moment (the start listener gives the reference after the start
 *       form's values are set);</li>
 *   <li>a step entered: the status it names ({@link PilotStatus});</li>
 *   <li>title, service area, recommendation, gate decision, recommendation followed: copied;</li>
 *   <li>a task completed: whoever completed it worked on the pilot, as a manager when the task was
 *       offered to managers; a manager who stopped the trial early worked on it as a manager;</li>
 *   <li>the process instance ended: when, and CANCELLED if an operator deleted it.</li>
 * </ul>
 */
@Component
class PilotRegisterEvents implements HistoryWatcher {

  private final PilotRegister register;

  PilotRegisterEvents(PilotRegister register) {
    this.register = register;
  }

  @Override
  public void recorded(HistoryEvent event) {
    if (!LifecycleModel.PROCESS.equals(event.getProcessDefinitionKey())) {
      return;
    }
    String pilot = event.getProcessInstanceId();
    if (event instanceof HistoricVariableUpdateEventEntity update && (event.isEventOfType(
        HistoryEventTypes.VARIABLE_INSTANCE_CREATE) || event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE))) {
      variable(pilot, update);
    } else if (event instanceof HistoricActivityInstanceEventEntity activity
        && event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)) {
      PilotStatus.enteredAt(activity.getActivityId()).ifPresent(status -> register.status(pilot, status));
    } else if (event instanceof HistoricTaskInstanceEventEntity task
        && event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
      CommandContext command = Context.getCommandContext();
      String user = command.getAuthenticatedUserId() != null ? command.getAuthenticatedUserId() : task.getAssignee();
      if (user != null) {
        register.worked(pilot, user, PilotRole.ofTask(Context.getProcessEngineConfiguration().getDeploymentCache()
            .findBpmnModelInstanceForProcessDefinition(task.getProcessDefinitionId()), task.getTaskDefinitionKey()));
      }
    } else if (event instanceof HistoricProcessInstanceEventEntity instance
        && event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
      register.ended(pilot, instance.getEndTime().toInstant(),
          HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState()));
    }
  }

  @EventListener
  void trialStoppedEarly(TrialStoppedEarly stopped) {
    register.worked(stopped.pilot().getProcessInstanceId(), stopped.actor(), PilotRole.MANAGER);
  }

  private void variable(String pilot, HistoricVariableUpdateEventEntity update) {
    if (PilotRecords.REFERENCE_VARIABLE.equals(update.getVariableName()) && update.isEventOfType(
        HistoryEventTypes.VARIABLE_INSTANCE_CREATE)) {
      CommandContext command = Context.getCommandContext();
      ExecutionEntity instance = command.getExecutionManager().findExecutionById(pilot);
      // the start, written to history earlier in this command, so that proposedAt is history's start time
      HistoricProcessInstanceEventEntity start = command.getDbEntityManager()
          .getCachedEntity(HistoricProcessInstanceEventEntity.class, pilot);
      register.add(new PilotRegister.Pilot(update.getTextValue(), pilot, RegistrationRecord.title(instance),
          (String) instance.getVariable(RegistrationRecord.SERVICE_AREA), PilotStatus.PROPOSED,
          (String) instance.getVariable(PilotRecords.PROPOSER_VARIABLE), start.getStartTime().toInstant(), null, null, null, false));
    } else {
      register.variableChanged(pilot, update.getVariableName(), value(update));
    }
  }

  /** The values the register copies are text or yes/no. */
  private static Object value(HistoricVariableUpdateEventEntity update) {
    if ("boolean".equals(update.getSerializerName())) {
      return update.getLongValue() == null ? null : update.getLongValue() != 0;
    }
    return update.getTextValue();
  }
}
