package org.pilotgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.ACKNOWLEDGE_PRIOR_WORK;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.EVALUATE_TRIAL;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.trial.EarlyStops;
import org.pilotgate.trial.TrialRecord;

/**
 * The one way tests take a pilot through its lifecycle on the real engine, as the demo users would
 * through Tasklist: each step by the model's own id ({@link LifecycleModel}), never a string typed
 * into a test. A test implements it by naming its engine ({@code PilotProcessTest} does), and the
 * journeys below start from {@link TestPilots}' submissions.
 *
 * <p>The usual cast: olivia proposes and writes, max and mia decide (never on a pilot they proposed).
 */
public interface PilotJourney {

  /** The engine the pilot runs on. */
  ProcessEngine engine();

  /** The service behind the page /pilots/{reference}/stop-early. */
  EarlyStops earlyStops();

  // --- single steps ---

  /** Starts a pilot as {@code officer}, answering the prior-work check if it found similar failures. */
  default ProcessInstance propose(String officer, VariableMap proposal) {
    ProcessInstance pilot = as(officer, () -> engine().getRuntimeService().startProcessInstanceByKey(PROCESS, proposal));
    acknowledgeSimilarFailuresIfAsked(pilot);
    return pilot;
  }

  /**
   * Other tests publish failures like the test proposal, so the check may ask the proposer about them;
   * the scenario that needs the question seeds its own similar failure instead of relying on this.
   */
  default void acknowledgeSimilarFailuresIfAsked(ProcessInstance pilot) {
    Task acknowledge = engine().getTaskService().createTaskQuery().processInstanceId(pilot.getId())
        .taskDefinitionKey(ACKNOWLEDGE_PRIOR_WORK).singleResult();
    if (acknowledge != null) {
      List<?> failures = (List<?>) variable(pilot, "similarFailures");
      complete(pilot, ACKNOWLEDGE_PRIOR_WORK, acknowledge.getAssignee(), TestPilots.acknowledgement(failures.size()));
    }
  }

  /** Completes the pilot's open task {@code taskKey} as {@code user}, claiming it first as Tasklist does. */
  default void complete(ProcessInstance pilot, String taskKey, String user, VariableMap values) {
    Task task = openTask(pilot, taskKey);
    as(user, () -> {
      if (task.getAssignee() == null) {
        engine().getTaskService().claim(task.getId(), user);
      }
      engine().getTaskService().complete(task.getId(), values);
      return null;
    });
  }

  /** The pilot's one open task at {@code taskKey}; fails the test if there is none. */
  default Task openTask(ProcessInstance pilot, String taskKey) {
    Task task = engine().getTaskService().createTaskQuery().processInstanceId(pilot.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  /** The open task of the champions' process {@code processKey} (ChampionsModel) that runs beside the pilot. */
  default Task championsTask(ProcessInstance pilot, String processKey) {
    Task task = engine().getTaskService().createTaskQuery().processDefinitionKey(processKey)
        .processVariableValueEquals("pilotReference", reference(pilot)).singleResult();
    assertThat(task).as("open %s task of %s", processKey, reference(pilot)).isNotNull();
    return task;
  }

  /** {@code manager} stops the pilot's trial early with a reason, as the page /pilots/{reference}/stop-early does. */
  default void stopEarly(ProcessInstance pilot, String manager, String reasonCode, String reason) {
    as(manager, () -> {
      earlyStops().stop(reference(pilot),
          Map.of(TrialRecord.EARLY_STOP_REASON_CODE, reasonCode, TrialRecord.EARLY_STOP_REASON, reason));
      return null;
    });
  }

  /** Runs the job waiting at {@code activityId}: a timer that is due, or an asynchronous step. */
  default void fire(ProcessInstance pilot, String activityId) {
    List<Job> jobs = engine().getManagementService().createJobQuery().processInstanceId(pilot.getId())
        .activityId(activityId).list();
    assertThat(jobs).as("job at %s", activityId).hasSize(1);
    engine().getManagementService().executeJob(jobs.get(0).getId());
  }

  /** A variable of a running pilot, as plain Java (JSON as lists and maps). */
  default Object variable(ProcessInstance pilot, String name) {
    return ProcessData.plain(engine().getRuntimeService().getVariableTyped(pilot.getId(), name));
  }

  /** The pilot's reference (its business key), whether it still runs or has ended. */
  default String reference(ProcessInstance pilot) {
    return pilot.getBusinessKey() != null ? pilot.getBusinessKey()
        : engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pilot.getId())
            .singleResult().getBusinessKey();
  }

  /** Runs {@code action} signed in as the demo user {@code user}, with that user's groups. */
  default <T> T as(String user, Supplier<T> action) {
    List<String> groups = DemoUsers.USERS.stream().filter(u -> u.id().equals(user)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo user " + user)).groups();
    engine().getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine().getIdentityService().clearAuthentication();
    }
  }

  // --- journeys: a pilot brought to where a test starts ---

  /** Proposed by {@code officer}, rejected at review by {@code manager}, and the rejection read: ended. */
  default ProcessInstance rejected(String officer, String manager, String comments) {
    ProcessInstance pilot = propose(officer, TestPilots.proposal());
    complete(pilot, REVIEW_PROPOSAL, manager, Variables.createVariables()
        .putValue("reviewDecision", "REJECT").putValue("reviewComments", comments));
    complete(pilot, LifecycleModel.READ_REJECTION, officer, Variables.createVariables());
    return pilot;
  }

  /** Proposed by {@code officer} and approved by {@code manager}: waiting for its trial to be planned. */
  default ProcessInstance approved(String officer, String manager) {
    ProcessInstance pilot = propose(officer, TestPilots.proposal());
    complete(pilot, REVIEW_PROPOSAL, manager, TestPilots.approve("reviewDecision"));
    return pilot;
  }

  /** Proposed by {@code officer}, approved by {@code manager} and planned: its trial is running. */
  default ProcessInstance inTrial(String officer, String manager) {
    ProcessInstance pilot = approved(officer, manager);
    complete(pilot, PLAN_TRIAL, officer, TestPilots.plan());
    return pilot;
  }

  /** The trial's end date reached and its results entered by the proposer: the pilot waits at the gate. */
  default void evaluated(ProcessInstance pilot, VariableMap evaluation) {
    fire(pilot, TRIAL_END_REACHED);
    complete(pilot, EVALUATE_TRIAL, (String) variable(pilot, "proposer"), evaluation);
  }

  /** In trial as {@link #inTrial}, then evaluated with results far below target: the gate recommends STOP. */
  default ProcessInstance atTheGate(String officer, String manager) {
    ProcessInstance pilot = inTrial(officer, manager);
    evaluated(pilot, TestPilots.evaluation(2, 15000, 3));
    return pilot;
  }

  /** At the gate as {@link #atTheGate}, and stopped there by {@code gateManager}: its failure report is owed. */
  default ProcessInstance stoppedAtTheGate(String officer, String manager, String gateManager) {
    ProcessInstance pilot = atTheGate(officer, manager);
    complete(pilot, DECIDE_GATE, gateManager, TestPilots.gate("STOP", null));
    return pilot;
  }

  /** The failure report drafted by the proposer, approved by {@code reviewer} and published. */
  default void publishFailureReport(ProcessInstance pilot, String reviewer) {
    complete(pilot, DRAFT_FAILURE_REPORT, (String) variable(pilot, "proposer"), TestPilots.failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, reviewer, TestPilots.approve("reportReviewDecision"));
    fire(pilot, PUBLISH_FAILURE_REPORT);
  }

  /** A pilot taken through review, trial, evaluation and a STOP at the gate to its published failure report. */
  default ProcessInstance stoppedAtGateAndPublished() {
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");
    publishFailureReport(pilot, "max");
    return pilot;
  }
}
