package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.REPORT_DEADLINE_PASSED;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pilotgate.TestPilots;
import org.pilotgate.hackday.HackDay;
import org.pilotgate.hackday.HackDayModel;
import org.pilotgate.hackday.HackDays;
import org.pilotgate.hackday.TestHackDays;
import org.pilotgate.insights.InsightModel;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.security.Groups;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Camunda Form of the release, opened in Tasklist with its real styling at 1280 and 1024 pixels
 * wide, shows all its text: no label, value, option, table cell or list cell is cut off or runs out of
 * its box, and Tasklist shows no raw translation key (such as CREATION_DATE). The pilots are brought to
 * each step through the engine; the start form is opened from "Start process".
 */
class FormsFitTest extends BrowserTest {

  private static final int[] WIDTHS = {1280, 1024};
  /** The start forms, each opened from "Start process" by who may start it: form → user and process name. */
  private static final Map<String, List<String>> START_FORMS = Map.of(
      "pilot-proposal", List.of("olivia", Tasklist.PILOT_LIFECYCLE),
      "plan-hack-day", List.of("cam", "Hack day"));
  /** A key of Camunda's translations left untranslated: capitals joined by underscores. */
  private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]{2,})+\\b");

  /**
   * The fields in {@code arguments[0]} whose text does not fit: its box is narrower than its text
   * (scrollWidth beyond clientWidth, which includes "…" ellipsis), or it reaches past its column.
   */
  private static final String CLIPPED = """
      const root = arguments[0];
      const name = el => {
        const field = el.closest('.fjs-form-field');
        const label = field && field.querySelector('.fjs-form-field-label, label, legend');
        const own = label ? label.textContent.trim() : '';
        const list = el.closest('.fjs-form-field-dynamiclist');
        const listLabel = list && list.querySelector('label') ? list.querySelector('label').textContent.trim() + ' > ' : '';
        return listLabel + (own || el.tagName.toLowerCase());
      };
      const text = el => (el.value !== undefined && el.tagName !== 'BUTTON' ? el.value : el.textContent).trim();
      const found = [];
      root.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not(.fjs-select-hidden-input),'
          + ' textarea, select,'
          + ' label, .fjs-form-field-label, .fjs-select-display, .fjs-form-field-description, td, th,'
          + ' .fjs-form-field-text p, .fjs-taglist-tag, .fjs-form-field-checkbox label, .fjs-form-field-radio label')
        .forEach(el => {
          if (el.offsetParent === null || !text(el)) return;
          const column = el.closest('.fjs-layout-column') || root;
          const cut = el.scrollWidth > el.clientWidth + 1;
          const out = el.getBoundingClientRect().right > column.getBoundingClientRect().right + 1;
          // a select's value wrapping onto a second line must stay inside the select's box
          const box = el.classList.contains('fjs-select-display') && el.closest('.fjs-input-group');
          const below = box && el.getBoundingClientRect().bottom > box.getBoundingClientRect().bottom + 1;
          if (cut || out || below) found.push(name(el) + ' (' + el.tagName.toLowerCase()
              + (cut ? ', cut off' : out ? ', past its column' : ', below its box') + '): "' + text(el).slice(0, 50) + '"');
        });
      if (root.scrollWidth > root.clientWidth + 1) found.push('the form is wider than its pane');
      return [...new Set(found)];""";

  @Autowired LibraryStore library;
  @Autowired HackDays hackDays;
  @Autowired LibraryIndex index;

  @Test
  void everyFormShowsAllItsTextAt1280And1024PixelsWide() throws IOException {
    Map<String, Task> taskByForm = aTaskForEveryForm();
    List<String> problems = new ArrayList<>();

    String signedIn = null;
    for (Map.Entry<String, List<String>> start : new TreeMap<>(START_FORMS).entrySet()) {
      signedIn = start.getValue().get(0);
      browser.signInAs(signedIn);
      new Tasklist(browser).open().startProcess(start.getValue().get(1));
      for (int width : WIDTHS) {
        resize(width);
        problems.addAll(measured(start.getKey(), width, By.cssSelector(".modal .fjs-container")));
      }
    }
    for (Map.Entry<String, Task> entry : taskByForm.entrySet()) {
      Task task = entry.getValue();
      String user = task.getAssignee();
      if (!user.equals(signedIn)) {
        browser.signInAs(user);
        signedIn = user;
      }
      browser.open(Tasklist.PATH + "#/?task=" + task.getId() + "&detailsTab=task-detail-form");
      for (int width : WIDTHS) {
        resize(width);
        problems.addAll(measured(entry.getKey(), width, By.cssSelector(".task-details .fjs-container")));
      }
    }
    resize(1280);

    assertThat(taskByForm.keySet()).as("a task for every form but the start forms")
        .containsExactlyInAnyOrderElementsOf(formsOfTheRelease().stream().filter(form -> !START_FORMS.containsKey(form)).toList());
    assertThat(problems).as("text cut off or out of its box, by form, width and field").isEmpty();
  }

  private List<String> measured(String form, int width, By container) {
    WebElement root = browser.find(container);
    browser.waitUntil(d -> root.findElements(By.cssSelector(".fjs-form-field")).size() > 1);
    browser.screenshot(form + "-" + width);
    List<String> found = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<String> clipped = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(CLIPPED, root);
    clipped.forEach(field -> found.add(form + " at " + width + " px: " + field));
    Matcher key = RAW_KEY.matcher(browser.text());
    while (key.find()) {
      found.add(form + " at " + width + " px: a raw translation key on the page: " + key.group());
    }
    return found;
  }

  private void resize(int width) {
    browser.driver().manage().window().setSize(new Dimension(width, 1000));
    browser.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() <= width);
  }

  /** Pilots at every step, through the engine: each open task of theirs, claimed by who works on it, by its form. */
  private Map<String, Task> aTaskForEveryForm() {
    List<ProcessInstance> pilots = new ArrayList<>();
    // a partner the register lacks: a champion is asked to confirm it
    pilots.add(propose("olivia", TestPilots.proposalNaming(Map.of("name", "Forms Fit Community Group " + System.nanoTime(),
        "sector", "THIRD_SECTOR", "role", "Lends a hand with everything the pilot needs on the day"))));
    pilots.add(withASimilarFailureFound());
    ProcessInstance rejected = propose("olivia", TestPilots.proposal());
    complete(rejected, REVIEW_PROPOSAL, "mia", Variables.createVariables()
        .putValue("reviewDecision", "REJECT").putValue("reviewComments", "Duplicates the befriending service."));
    pilots.add(rejected);
    pilots.add(approved("olivia", "mia"));
    ProcessInstance checkIn = inTrial("olivia", "mia");
    fire(checkIn, CHECK_IN_DUE);
    pilots.add(checkIn);
    ProcessInstance ended = inTrial("olivia", "mia");
    fire(ended, TRIAL_END_REACHED);
    pilots.add(ended);
    pilots.add(atTheGate("olivia", "mia"));
    ProcessInstance overdue = stoppedAtTheGate("olivia", "max", "mia");
    fire(overdue, REPORT_DEADLINE_PASSED);
    pilots.add(overdue);
    ProcessInstance drafted = stoppedAtTheGate("olivia", "max", "mia");
    complete(drafted, DRAFT_FAILURE_REPORT, "olivia", TestPilots.failureReport());
    pilots.add(drafted);
    ProcessInstance scaled = inTrial("olivia", "mia");
    evaluated(scaled, TestPilots.evaluation(24, 14000, 4));
    complete(scaled, DECIDE_GATE, "mia", TestPilots.gate("SCALE", null));
    pilots.add(scaled);
    ProcessInstance written = inTrial("olivia", "mia");
    evaluated(written, TestPilots.evaluation(24, 14000, 4));
    complete(written, DECIDE_GATE, "mia", TestPilots.gate("SCALE", null));
    complete(written, WRITE_SUCCESS_REPORT, "olivia", TestPilots.successReport());
    pilots.add(written);
    pilots.add(aHackDayWithAnIdeaToTriage(null));
    pilots.add(aHackDayWithAnIdeaToTriage("QUICK_WIN"));
    ProcessInstance returned = aWhatWorksInsightWritten();
    complete(returned, InsightModel.REVIEW_INSIGHT, "mia", Variables.createVariables()
        .putValue(InsightModel.DECISION, "RETURN").putValue(InsightModel.COMMENTS, "Say which households the texts "
            + "reached and what the letters cost, so that other councils can compare the two."));
    pilots.add(returned);
    pilots.add(aWhatWorksInsightWritten());

    Map<String, Task> byForm = new TreeMap<>();
    for (ProcessInstance pilot : pilots) {
      for (Task task : tasks.createTaskQuery().processInstanceId(pilot.getId()).list()) {
        byForm.putIfAbsent(formOf(task), claimed(task));
      }
      // the champions' tasks run beside the pilot
      for (Task task : tasks.createTaskQuery().processVariableValueEquals("pilotReference", reference(pilot))
          .taskCandidateGroup(Groups.CHAMPIONS).list()) {
        byForm.putIfAbsent(formOf(task), claimed(task));
      }
    }
    return byForm;
  }

  /**
   * A hack day whose window has closed on one idea: waiting for its triage, or (given an outcome, a
   * quick win) asking whether it was done.
   */
  private ProcessInstance aHackDayWithAnIdeaToTriage(String outcome) {
    ProcessInstance hackDay = as("cam", () -> runtime.startProcessInstanceByKey(HackDayModel.PROCESS,
        TestHackDays.plan(TestPilots.TODAY)));
    HackDay day = hackDays.ofProcessInstance(hackDay.getId()).orElseThrow();
    hackDays.submit(day.id(), new HackDays.NewIdea("Share one van between the two teams on the eastern rounds",
        "Two half-empty vans drive the same streets every Tuesday.", "One van, one driver, both loads.",
        new BigDecimal("3.5")), "olivia", Instant.now(), ZoneId.of("Europe/London"));
    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED);
    if (outcome != null) {
      Task triage = tasks.createTaskQuery().processInstanceId(hackDay.getId()).singleResult();
      as("cam", () -> {
        tasks.claim(triage.getId(), "cam");
        tasks.complete(triage.getId(), Variables.createVariables().putValue(HackDayModel.TRIAGE_OUTCOME, outcome)
            .putValue(HackDayModel.HOURS_SAVED_PER_WEEK, 3.5));
        return null;
      });
      fire(hackDay, HackDayModel.QUICK_WINS_FOLLOW_UP_DUE);
    }
    return hackDay;
  }

  /** A quarter's "what works" insight, its timer fired and its note written: waiting for its review. */
  private ProcessInstance aWhatWorksInsightWritten() {
    ReportDocument report = TestPilots.report("PGFIT", "PIL-2025-0902", "Text reminders for bin collections",
        "SUCCEEDED", "WASTE_AND_RECYCLING", "Texts sent the evening before worked");
    library.publishOnce(report, "forms-fit-0902"); // once: the second quarter finds it there
    java.util.Set<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(InsightModel.PROCESS)
        .list().stream().map(ProcessInstance::getId).collect(java.util.stream.Collectors.toSet());
    management.executeJob(management.createJobQuery().processDefinitionKey(InsightModel.PROCESS).timers()
        .singleResult().getId());
    ProcessInstance quarter = runtime.createProcessInstanceQuery().processDefinitionKey(InsightModel.PROCESS).list()
        .stream().filter(instance -> !before.contains(instance.getId())).findFirst().orElseThrow();
    complete(quarter, InsightModel.WRITE_INSIGHT, "cam", Variables.createVariables()
        .putValue(InsightModel.TITLE, "Evening texts cut missed bins")
        .putValue(InsightModel.TEXT, "Texts sent the evening before a collection cut missed bins by a fifth for "
            + "renters in flats, at about 4p a text; letters did nothing for the same households.")
        .putValue(InsightModel.REPORTS, report.globalId()));
    return quarter;
  }

  /** A pilot like a published failure: the prior-work check asks its proposer what is different. */
  private ProcessInstance withASimilarFailureFound() {
    library.publishOnce(TestPilots.report("PEER", "PIL-2025-0901", "Pelican crossings for quiet lanes", "FAILED",
        "TRANSPORT", "Pelican crossings on quiet lanes were ignored"), "forms-fit-0901");
    index.catchUp();
    return as("olivia", () -> runtime.startProcessInstanceByKey(PROCESS, TestPilots.proposal()
        .putValue("title", "Pelican crossings for quiet lanes")
        .putValue("problem", "Pelican crossings on quiet lanes are rare")));
  }

  /** Claimed by a manager, or for the champions' tasks by cam. */
  private Task claimed(Task task) {
    if (task.getAssignee() == null) {
      String user = tasks.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> Groups.CHAMPIONS.equals(link.getGroupId())) ? "cam" : "mia";
      as(user, () -> {
        tasks.claim(task.getId(), user);
        return null;
      });
      return tasks.createTaskQuery().taskId(task.getId()).singleResult();
    }
    return task;
  }

  private String formOf(Task task) {
    UserTask userTask = engine().getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return userTask.getCamundaFormRef();
  }

  private static List<String> formsOfTheRelease() throws IOException {
    TreeSet<String> forms = new TreeSet<>();
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      forms.add(form.getFilename().replace(".form", ""));
    }
    return List.copyOf(forms);
  }
}
