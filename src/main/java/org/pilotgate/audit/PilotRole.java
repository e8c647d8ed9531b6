package org.pilotgate.audit;

import java.util.Arrays;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.pilotgate.security.Groups;

/** The part a person played in a pilot: OFFICER (proposer, officers' tasks) or MANAGER (managers' tasks). */
public enum PilotRole {
  OFFICER, MANAGER;

  /** Whoever completes a task offered to the managers group acted as a manager; any other task, as an officer. */
  static PilotRole ofTask(BpmnModelInstance model, String taskKey) {
    UserTask task = model.getModelElementById(taskKey);
    String groups = task == null ? null : task.getCamundaCandidateGroups();
    return groups != null && Arrays.stream(groups.split(",")).map(String::strip).anyMatch(Groups.MANAGERS::equals)
        ? MANAGER : OFFICER;
  }
}
