package org.pilotgate.demo;

import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.TimerFiredEarly;
import org.pilotgate.web.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demo's fast path: a page listing every running pilot's timers (a check-in, the trial's end, a
 * report's reminder and deadline) with a button that fires one now, so a newcomer can take a pilot
 * through months of its lifecycle in minutes. Only in the {@code demo} profile, for managers and
 * operators ({@code SecurityConfig}); everywhere else a timer fires when it is due
 * ({@code LifecycleGuard} refuses a person firing it earlier through any API).
 *
 * <p>Who fired which timer, and that it was the demo, is kept in the audit chain, in the same
 * transaction as the timer's step: the step and its record commit or roll back together. The timer
 * runs as the job executor runs it, with nobody signed in to the engine.
 */
@Controller
@Profile("demo")
class TimerFastPath {

  static final String PAGE = "/demo/timers";
  static final String ROUTE = "demo fast path";

  private final ProcessEngine engine;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Labels labels;

  TimerFastPath(ProcessEngine engine, TransactionTemplate transaction, ApplicationEventPublisher events,
      PilotGateProperties properties) {
    this.engine = engine;
    this.transaction = transaction;
    this.events = events;
    this.labels = new Labels(properties.zone());
  }

  /** A pilot's timer as the page lists it. */
  record Row(String jobId, String reference, String timer, String due) {}

  @GetMapping(PAGE)
  String page(Model model) {
    List<Row> rows = timers().stream().map(job -> new Row(job.getId(), referenceOf(job), nameOf(job),
        labels.dateTime(job.getDuedate().toInstant()))).toList();
    model.addAttribute("timers", rows);
    return "demo/timers";
  }

  @PostMapping(PAGE + "/{jobId}")
  String fire(@PathVariable String jobId, Principal person, RedirectAttributes redirect) {
    Job job = engine.getManagementService().createJobQuery().jobId(jobId).timers()
        .processDefinitionKey(LifecycleModel.PROCESS).singleResult();
    if (job == null) {
      throw new InvalidSubmission("timer", "is no longer waiting: it has fired or its pilot has moved on. "
          + "Reload the list of timers.");
    }
    String reference = referenceOf(job);
    String name = nameOf(job);
    transaction.executeWithoutResult(status -> {
      events.publishEvent(new TimerFiredEarly(reference, person.getName(),
          new TimerFiredEarly.Timer(activityOf(job), name, job.getDuedate().toInstant().toString(), ROUTE)));
      engine.getManagementService().executeJob(job.getId());
    });
    redirect.addFlashAttribute("message", "\u201c" + name + "\u201d of " + reference
        + " fired now. Its next step is waiting in Tasklist.");
    return "redirect:" + PAGE;
  }

  /** Every running pilot's timers, the soonest due first. */
  private List<Job> timers() {
    return engine.getManagementService().createJobQuery().timers().processDefinitionKey(LifecycleModel.PROCESS)
        .orderByJobDuedate().asc().list();
  }

  private String referenceOf(Job job) {
    ProcessInstance pilot = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(job.getProcessInstanceId()).singleResult();
    return pilot.getBusinessKey();
  }

  private String activityOf(Job job) {
    return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult().getActivityId();
  }

  private String nameOf(Job job) {
    FlowElement step = engine.getRepositoryService().getBpmnModelInstance(job.getProcessDefinitionId())
        .getModelElementById(activityOf(job));
    return step.getName();
  }
}
