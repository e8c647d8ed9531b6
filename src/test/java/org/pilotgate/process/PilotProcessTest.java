package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives pilots through the real engine on a real (in-memory H2) database, as the demo users. The
 * job executor is off: tests fire timers and asynchronous steps themselves.
 */
@SpringBootTest
public abstract class PilotProcessTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected ManagementService management;
  @Autowired protected IdentityService identity;
  @Autowired private JdbcTemplate database;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  /** Starts a pilot as {@code officer}, answering the prior-work check if it found similar failures. */
  protected ProcessInstance propose(String officer, VariableMap proposal) {
    ProcessInstance pilot = as(officer, () -> runtime.startProcessInstanceByKey("pilot-lifecycle", proposal));
    acknowledgeSimilarFailuresIfAsked(pilot);
    return pilot;
  }

  /** Earlier tests publish failures like the test proposal, so the check may ask the proposer about them. */
  protected void acknowledgeSimilarFailuresIfAsked(ProcessInstance pilot) {
    Task acknowledge = tasks.createTaskQuery().processInstanceId(pilot.getId())
        .taskDefinitionKey("AcknowledgePriorWork").singleResult();
    if (acknowledge != null) {
      List<?> failures = (List<?>) variable(pilot, "similarFailures");
      complete(pilot, "AcknowledgePriorWork", acknowledge.getAssignee(),
          org.pilotgate.TestPilots.acknowledgement(failures.size()));
    }
  }

  /** Completes the pilot's open task {@code taskKey} as {@code user}, claiming it first as Tasklist does. */
  protected void complete(ProcessInstance pilot, String taskKey, String user, VariableMap values) {
    Task task = openTask(pilot, taskKey);
    as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), values);
      return null;
    });
  }

  /** A pilot proposed by {@code officer}, approved by {@code manager} and planned: its trial is running. */
  protected ProcessInstance inTrial(String officer, String manager) {
    ProcessInstance pilot = propose(officer, org.pilotgate.TestPilots.proposal());
    complete(pilot, "ReviewProposal", manager, org.pilotgate.TestPilots.approve("reviewDecision"));
    complete(pilot, "PlanTrial", officer, org.pilotgate.TestPilots.plan());
    return pilot;
  }

  /** The trial's end date reached and its results entered by the proposer: the pilot waits at the gate. */
  protected void evaluated(ProcessInstance pilot, VariableMap evaluation) {
    fire(pilot, "TrialEndReached");
    complete(pilot, "EvaluateTrial", (String) variable(pilot, "proposer"), evaluation);
  }

  /** A pilot taken through review, trial, evaluation and a STOP at the gate to its published failure report. */
  protected ProcessInstance stoppedAtGateAndPublished() {
    ProcessInstance pilot = inTrial("olivia", "max");
    evaluated(pilot, org.pilotgate.TestPilots.evaluation(2, 15000, 3));
    complete(pilot, "DecideGate", "mia", org.pilotgate.TestPilots.gate("STOP", null));
    complete(pilot, "DraftFailureReport", "olivia", org.pilotgate.TestPilots.failureReport());
    complete(pilot, "ReviewFailureReport", "max", org.pilotgate.TestPilots.approve("reportReviewDecision"));
    fire(pilot, "PublishFailureReport");
    return pilot;
  }

  /**
   * Runs the pilot's publish job at {@code activityId} while the library's table is away: every
   * attempt fails and uses up a retry, until the last one opens an incident. Returns the job.
   */
  protected Job publishingFailsUntilAnIncident(ProcessInstance pilot, String activityId) {
    Job publish = management.createJobQuery().processInstanceId(pilot.getId()).activityId(activityId).singleResult();
    database.execute("ALTER TABLE published_report RENAME TO published_report_unavailable");
    try {
      while (runtime.createIncidentQuery().processInstanceId(pilot.getId()).count() == 0) {
        assertThatThrownBy(() -> management.executeJob(publish.getId())).isNotNull();
      }
    } finally {
      database.execute("ALTER TABLE published_report_unavailable RENAME TO published_report");
    }
    return publish;
  }

  protected Task openTask(ProcessInstance pilot, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(pilot.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  /** Runs the job waiting at {@code activityId}: a timer that is due, or an asynchronous step. */
  protected void fire(ProcessInstance pilot, String activityId) {
    List<Job> jobs = management.createJobQuery().processInstanceId(pilot.getId()).activityId(activityId).list();
    assertThat(jobs).as("job at %s", activityId).hasSize(1);
    management.executeJob(jobs.get(0).getId());
  }

  protected Object variable(ProcessInstance pilot, String name) {
    return ProcessData.plain(runtime.getVariableTyped(pilot.getId(), name));
  }

  protected <T> T as(String user, java.util.function.Supplier<T> action) {
    List<String> groups = DemoUsers.USERS.stream().filter(u -> u.id().equals(user)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo user " + user)).groups();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
