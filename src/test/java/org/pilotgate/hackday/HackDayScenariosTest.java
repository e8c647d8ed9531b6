package org.pilotgate.hackday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.process.ChampionsModel;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.ProcessCoverage;
import org.pilotgate.security.AccessRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One scenario per path through the hack day (bpmn/hack-day.bpmn), on the real engine and database,
 * as the demo users: cam the champion, olivia and others the officers, mia the manager. Together
 * they must cover pom.xml's share of the model; the pilots that triage starts are the lifecycle's
 * scenarios' to cover. Then the rules that hold whatever the route.
 */
@Import({ProcessEngineCoverageConfiguration.class, HackDayScenariosTest.CoverageGate.class})
class HackDayScenariosTest extends PilotProcessTest {

  @TestConfiguration
  static class CoverageGate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverageProperties() {
      // pilots and the champions' work beside them have their own scenario classes
      return ProcessCoverage.gate(LifecycleModel.PROCESS, ChampionsModel.CONFIRM_PARTNER_PROCESS,
          ChampionsModel.SUGGEST_PARTNERS_PROCESS);
    }
  }

  @Autowired HackDays hackDays;
  @Autowired HackDayDates dates;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void everyIdeaIsAnsweredAPilotStartsAndTheQuickWinIsFollowedUp() {
    ProcessInstance hackDay = planned();
    HackDay day = recordOf(hackDay);
    Idea pilot = submit(day, "olivia", "Text residents before the bin round changes");
    Idea quickWin = submit(day, "oscar", "One form for missed bins");
    Idea parked = submit(day, "olivia", "A chatbot for council tax");
    Idea declined = submit(day, "oscar", "Paper forms again");

    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED);
    assertThat(hackDay).hasPassed(HackDayModel.CLOSE_IDEAS_WINDOW).isWaitingAt(HackDayModel.TRIAGE_IDEA);
    assertThat(triageTasks(hackDay)).hasSize(4);
    assertThat(hackDays.find(day.id()).orElseThrow().status()).isEqualTo(HackDay.Status.TRIAGE);

    triage(hackDay, pilot, "PILOT", null, null);
    triage(hackDay, quickWin, "QUICK_WIN", 3.5, null);
    triage(hackDay, parked, "PARK", null, "Wait for the new website in the spring");
    triage(hackDay, declined, "DECLINE", null, "Paper costs more to process");

    Idea started = hackDays.idea(pilot.id()).orElseThrow();
    assertThat(started.pilotReference()).startsWith("PIL-");
    ProcessInstance proposal = runtime.createProcessInstanceQuery().processInstanceBusinessKey(started.pilotReference())
        .singleResult();
    assertThat(proposal).isWaitingAt(LifecycleModel.COMPLETE_PROPOSAL).task().isAssignedTo("olivia");
    assertThat(variable(proposal, "title")).isEqualTo("Text residents before the bin round changes");
    assertThat(variable(proposal, "problem")).isEqualTo(pilot.problem());
    assertThat(variable(proposal, "serviceArea")).isEqualTo("WASTE_AND_RECYCLING");

    for (Idea idea : List.of(pilot, quickWin, parked, declined)) {
      assertThat(outcomeMailsTo(idea)).as("outcome mail to %s", idea.author()).isEqualTo(1);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE pilot_reference = ? AND kind = ?",
        Integer.class, day.reference(), AuditChain.Kind.IDEA_TRIAGED.name())).isEqualTo(4);
    assertThat(hackDays.idea(parked.id()).orElseThrow().reason()).isEqualTo("Wait for the new website in the spring");

    assertThat(hackDay).isWaitingAt(HackDayModel.QUICK_WINS_FOLLOW_UP_DUE);
    fire(hackDay, HackDayModel.QUICK_WINS_FOLLOW_UP_DUE);
    Task followUp = tasks.createTaskQuery().processInstanceId(hackDay.getId())
        .taskDefinitionKey(HackDayModel.FOLLOW_UP_QUICK_WIN).singleResult();
    assertThat(tasks.getVariable(followUp.getId(), "ideaTitle")).isEqualTo("One form for missed bins");
    completeAs("cam", followUp, Variables.createVariables().putValue("quickWinDone", "true")
        .putValue("quickWinNote", "Live since March"));

    assertThat(hackDay).isEnded().hasPassed(HackDayModel.HACK_DAY_CLOSED);
    assertThat(hackDays.idea(quickWin.id()).orElseThrow().quickWinDone()).isTrue();
    assertThat(hackDays.find(day.id()).orElseThrow().status()).isEqualTo(HackDay.Status.CLOSED);
  }

  @Test
  void withoutQuickWinsTheHackDayClosesOnceEveryIdeaIsAnswered() {
    ProcessInstance hackDay = planned();
    Idea idea = submit(recordOf(hackDay), "olivia", "Print fewer letters");
    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED);
    triage(hackDay, idea, "DECLINE", null, "Letters are already digital");
    assertThat(hackDay).isEnded().hasPassed(HackDayModel.HACK_DAY_CLOSED)
        .hasNotPassed(HackDayModel.FOLLOW_UP_QUICK_WIN);
  }

  @Test
  void aHackDayWithoutIdeasClosesWhenItsWindowDoes() {
    ProcessInstance hackDay = planned();
    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED);
    assertThat(hackDay).isEnded().hasPassed(HackDayModel.HACK_DAY_CLOSED).hasNotPassed(HackDayModel.TRIAGE_IDEA);
  }

  @Test
  void championsAreRemindedAndManagersToldWhileIdeasWait() {
    ProcessInstance hackDay = planned();
    HackDay day = recordOf(hackDay);
    submit(day, "olivia", "Share one van between two teams");
    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED);
    Task triage = triageTasks(hackDay).get(0);
    assertThat(triage.getDueDate()).isNotNull();
    assertThat(triage.getFollowUpDate()).isBefore(triage.getDueDate());

    fire(hackDay, HackDayModel.TRIAGE_REMINDER_DUE);
    fire(hackDay, HackDayModel.TRIAGE_DEADLINE_PASSED);

    assertThat(hackDay).hasPassed("RemindChampions", "EscalateUntriagedIdeas").isWaitingAt(HackDayModel.TRIAGE_IDEA);
    assertThat(mails("triage_reminder:" + day.reference())).contains("cam");
    assertThat(mails("triage_overdue:" + day.reference())).contains("mia").doesNotContain("cam");
  }

  // --- the rules, whatever the route ---

  /** Camunda's start right alone (say an administrator grants it to officers by mistake) is not enough. */
  @Test
  void onlyChampionsPlanHackDays() {
    String grant = grantOliviaTheRightToStartHackDays();
    try {
      long before = hackDays.all().size();
      assertThatThrownBy(() -> as("olivia", () -> runtime.startProcessInstanceByKey(HackDayModel.PROCESS, plan())))
          .hasMessageContaining("olivia is not a collaboration champion");
      assertThat(hackDays.all()).hasSize((int) before);
    } finally {
      engine.getAuthorizationService().deleteAuthorization(grant);
    }
  }

  @Test
  void aBadPlanIsRefusedNamingTheField() {
    assertThatThrownBy(() -> as("cam", () -> runtime.startProcessInstanceByKey(HackDayModel.PROCESS,
        plan().putValue(HackDayPlan.IDEAS_CLOSE_ON, today().minusDays(2).toString())
            .putValue(HackDayPlan.IDEAS_OPEN_FROM, today().minusDays(5).toString()))))
        .hasMessageContaining("Ideas close on must be today or later");
  }

  @Test
  void anIdeaAfterTheWindowClosesIsRefusedWhateverTheClock() {
    ProcessInstance hackDay = planned();
    HackDay day = recordOf(hackDay);
    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED);
    // the window's last day is not over, but the hack day's record has closed it
    assertThatThrownBy(() -> submit(day, "olivia", "Too late")).isInstanceOf(IdeaWindowClosed.class)
        .hasMessageContaining("has closed");
    assertThat(hackDays.ideas(day.id())).isEmpty();
  }

  @Test
  void onlyChampionsTriageIdeas() {
    ProcessInstance hackDay = planned();
    submit(recordOf(hackDay), "olivia", "Let me decide my own idea");
    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED);
    Task triage = triageTasks(hackDay).get(0);
    // even offered to her by hand, through Camunda's API: holding the task is not being a champion
    tasks.addCandidateUser(triage.getId(), "olivia");
    assertThatThrownBy(() -> as("olivia", () -> {
      tasks.claim(triage.getId(), "olivia");
      return null;
    })).hasMessageContaining("not a collaboration champion");
    assertThatThrownBy(() -> as("olivia", () -> {
      tasks.complete(triage.getId(), Variables.createVariables().putValue("triageOutcome", "PILOT"));
      return null;
    })).isNotNull();
    assertThat(hackDays.untriaged(recordOf(hackDay).id())).hasSize(1);
  }

  @Test
  void aPilotFromAnIdeaStartsOnlyThroughTheTriage() {
    assertThatThrownBy(() -> as("olivia", () -> runtime.createMessageCorrelation(
        LifecycleModel.PROPOSED_FROM_IDEA_MESSAGE).setVariable("proposer", "oscar").correlateStartMessage()))
        .hasMessageContaining("PilotGate's own pages");
  }

  @Test
  void theHackDayCannotEndWhileAnIdeaWaits() {
    ProcessInstance hackDay = planned();
    HackDay day = recordOf(hackDay);
    submit(day, "olivia", "Waiting for an answer");
    assertThatThrownBy(() -> hackDays.close(day.id())).hasMessageContaining("1 of its ideas have not been triaged");
  }

  @Test
  void theModelNamesTheIdsJavaReliesOnAndChampionsMayStartIt() throws Exception {
    BpmnModelInstance model = repositoryModel();
    for (String id : List.of(HackDayModel.PLAN_HACK_DAY, HackDayModel.IDEAS_WINDOW_CLOSED,
        HackDayModel.CLOSE_IDEAS_WINDOW, HackDayModel.TRIAGE_IDEA, HackDayModel.TRIAGE_REMINDER_DUE,
        HackDayModel.TRIAGE_DEADLINE_PASSED, HackDayModel.QUICK_WINS_FOLLOW_UP_DUE, HackDayModel.FOLLOW_UP_QUICK_WIN,
        HackDayModel.HACK_DAY_CLOSED)) {
      assertThat((Object) model.getModelElementById(id)).as(id).isNotNull();
    }
    assertThat(AccessRules.HACK_DAY_PROCESS).isEqualTo(HackDayModel.PROCESS);
  }

  // --- steps ---

  private String grantOliviaTheRightToStartHackDays() {
    var authorizations = engine.getAuthorizationService();
    {
      var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      grant.setUserId("olivia");
      grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
      grant.setResourceId(HackDayModel.PROCESS);
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      return authorizations.saveAuthorization(grant).getId();
    }
  }

  private ProcessInstance planned() {
    return as("cam", () -> runtime.startProcessInstanceByKey(HackDayModel.PROCESS, plan()));
  }

  private VariableMap plan() {
    return TestHackDays.plan(today());
  }

  private LocalDate today() {
    return dates.today();
  }

  private HackDay recordOf(ProcessInstance hackDay) {
    return hackDays.all().stream().filter(day -> day.processInstanceId().equals(hackDay.getId())).findFirst()
        .orElseThrow();
  }

  private Idea submit(HackDay day, String author, String title) {
    return hackDays.submit(day.id(), new HackDays.NewIdea(title, "It takes too long today", "Do it in one step",
        new BigDecimal("2")), author, clock.instant(), dates.zone());
  }

  private List<Task> triageTasks(ProcessInstance hackDay) {
    return tasks.createTaskQuery().processInstanceId(hackDay.getId()).taskDefinitionKey(HackDayModel.TRIAGE_IDEA)
        .list();
  }

  private void triage(ProcessInstance hackDay, Idea idea, String outcome, Double hours, String reason) {
    Task task = triageTasks(hackDay).stream()
        .filter(open -> ((Number) tasks.getVariable(open.getId(), HackDayModel.IDEA_ID)).longValue() == idea.id())
        .findFirst().orElseThrow();
    assertThat(tasks.getVariable(task.getId(), "ideaTitle")).isEqualTo(idea.title());
    VariableMap values = Variables.createVariables().putValue(Triage.OUTCOME, outcome);
    if (hours != null) {
      values.putValue(Triage.HOURS_SAVED_PER_WEEK, hours);
    }
    if (reason != null) {
      values.putValue(Triage.REASON, reason);
    }
    completeAs("cam", task, values);
  }

  private void completeAs(String user, Task task, Map<String, Object> values) {
    as(user, () -> {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), values);
      return null;
    });
  }

  private int outcomeMailsTo(Idea idea) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE event_key = ? AND recipient = ?",
        Integer.class, "idea:" + idea.id() + ":outcome", idea.author());
  }

  private List<String> mails(String eventKey) {
    return jdbc.queryForList("SELECT recipient FROM mail_outbox WHERE event_key = ?", String.class, eventKey);
  }

  private BpmnModelInstance repositoryModel() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(HackDayModel.PROCESS).latestVersion().singleResult().getId();
    return engine.getRepositoryService().getBpmnModelInstance(definition);
  }
}
