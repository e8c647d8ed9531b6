package org.pilotgate.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.pilotgate.library.SimilarFailure;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.DemoUsers;

/**
 * What the demo users do, through the engine's own API exactly as Tasklist does it (signed in, claim,
 * complete with the form's values), on a calendar the seeding moves forward: each step happens at the
 * day and hour it is given, and the timers due by then fire as the job executor would have fired them.
 */
final class DemoSteps {

  private static final LocalTime WORKING_DAY_START = LocalTime.of(9, 0);

  private final ProcessEngine engine;
  private final ZoneId zone;
  private LocalDate day;
  private int stepsToday;

  DemoSteps(ProcessEngine engine, ZoneId zone) {
    this.engine = engine;
    this.zone = zone;
  }

  /** Sets the engine's clock to {@code day}, a few minutes later for each step taken that day, and fires what fell due. */
  void on(LocalDate day) {
    stepsToday = day.equals(this.day) ? stepsToday + 1 : 0;
    this.day = day;
    ClockUtil.setCurrentTime(Date.from(day.atTime(WORKING_DAY_START.plusMinutes(37L * stepsToday)).atZone(zone).toInstant()));
    fireDueTimers();
  }

  /** Back to the real time, firing what fell due between the last step and now. */
  void now() {
    backToRealTime();
    fireDueTimers();
  }

  /** The engine's clock is the system clock again. */
  void backToRealTime() {
    ClockUtil.reset();
  }

  /** Starts a pilot as {@code officer}; returns its process instance id. */
  String propose(String officer, Map<String, Object> proposal) {
    String pilot = as(officer, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(LifecycleModel.PROCESS, proposal).getId());
    answerSimilarFailures(pilot);
    return pilot;
  }

  /** Starts the process {@code processKey} as {@code user} with its start form's values; returns its id. */
  String start(String user, String processKey, Map<String, Object> values) {
    return as(user, () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, values).getId());
  }

  /** Completes the task {@code taskId} as {@code user}, claiming it first as Tasklist does. */
  void completeTask(String taskId, String user, Map<String, Object> values) {
    as(user, () -> {
      engine.getTaskService().claim(taskId, user);
      engine.getTaskService().complete(taskId, values);
      return null;
    });
  }

  /** Completes the pilot's open task {@code taskKey} as {@code user}, claiming it first as Tasklist does. */
  void complete(String pilot, String taskKey, String user, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pilot).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("the demo pilot " + pilot + " has no open task " + taskKey);
    }
    as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), values);
      return null;
    });
  }

  /**
   * Runs every timer and asynchronous step of a process due by now, oldest first, as the job executor would.
   * The engine's own jobs (the history cleanup) are left to the job executor: inside the cleanup window the
   * cleanup is due again each time it has run, and running it here never ended.
   */
  void fireDueTimers() {
    Optional<Job> due;
    while ((due = nextDueStepOfAProcess()).isPresent()) {
      engine.getManagementService().executeJob(due.get().getId());
    }
  }

  private Optional<Job> nextDueStepOfAProcess() {
    return engine.getManagementService().createJobQuery().executable().orderByJobDuedate().asc().list().stream()
        .filter(job -> job.getProcessInstanceId() != null)
        .findFirst();
  }

  /** The prior-work check asks the proposer what is different from similar failures: the demo proposer says. */
  private void answerSimilarFailures(String pilot) {
    Task acknowledge = engine.getTaskService().createTaskQuery().processInstanceId(pilot)
        .taskDefinitionKey(LifecycleModel.ACKNOWLEDGE_PRIOR_WORK).singleResult();
    if (acknowledge != null) {
      List<?> failures = (List<?>) ProcessData.plain(engine.getRuntimeService().getVariableTyped(pilot, SimilarFailure.VARIABLE));
      List<Map<String, Object>> answers = failures.stream().map(failure -> Map.<String, Object>of(
          SimilarFailure.WHAT_IS_DIFFERENT, "This time the partner's staff have protected time for it, agreed in writing."))
          .toList();
      complete(pilot, LifecycleModel.ACKNOWLEDGE_PRIOR_WORK, acknowledge.getAssignee(),
          Map.of(SimilarFailure.VARIABLE, ProcessData.json(answers)));
    }
  }

  private <T> T as(String user, Supplier<T> action) {
    List<String> groups = DemoUsers.USERS.stream().filter(u -> u.id().equals(user)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo user " + user)).groups();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
