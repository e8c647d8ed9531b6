package org.pilotgate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.hackday.HackDay;
import org.pilotgate.hackday.HackDays;
import org.pilotgate.hackday.Idea;
import org.pilotgate.hackday.IdeaOutcome;
import org.pilotgate.pilot.InterventionKind;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo at its first start: a pilot in every state, made through the real steps, seeded once; and its fast path. */
@DemoSeeded
class DemoSeedTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired DemoSeed seed;
  @Autowired HackDays hackDays;
  @Autowired AuditChain chain;
  @Autowired TransactionTemplate transaction;

  @Test
  void firstStartSeedsAPilotInEveryStateThroughTheRealSteps() {
    Map<String, JsonNode> pilots = registeredPilots();
    assertThat(pilots).hasSize(10);
    assertThat(statusOf(pilots, "Postal workers check on older residents who live alone")).isEqualTo("SCALED");
    assertThat(statusOf(pilots, "Bus drivers refer isolated older passengers")).isEqualTo("STOPPED");
    assertThat(statusOf(pilots, "Bin crews notice signs of self-neglect")).isEqualTo("REPORTING");
    assertThat(statusOf(pilots, "Pharmacists spot early signs of falls risk")).isEqualTo("REPORTING");
    assertThat(statusOf(pilots, "Housing officers check smoke alarms on routine visits")).isEqualTo("AT_GATE");
    assertThat(statusOf(pilots, "GP receptionists offer a benefits check")).isEqualTo("IN_TRIAL");
    assertThat(statusOf(pilots, "Shop staff become dementia-friendly contact points")).isEqualTo("PLANNING");
    assertThat(statusOf(pilots, "Library staff help residents cut their energy bills")).isEqualTo("CHANGES_REQUESTED");
    assertThat(statusOf(pilots, "Text reminders the evening before bin day")).isEqualTo("IN_REVIEW");
    assertThat(statusOf(pilots, "Text residents the day before their bin round changes")).as("from the hack day")
        .isEqualTo("PROPOSED");

    assertThat(pilots.get("Housing officers check smoke alarms on routine visits").path("recommendation").asText())
        .isNotBlank();
    assertThat(tasks.createTaskQuery().taskDefinitionKey(LifecycleModel.DECIDE_GATE).count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey(LifecycleModel.DRAFT_FAILURE_REPORT).count()).isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(LifecycleModel.CHASE_OVERDUE_REPORT).finished().taskAssignee("mia").count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(pilots.get("GP receptionists offer a benefits check").path("reference").asText())
        .taskDefinitionKey(LifecycleModel.RECORD_CHECK_IN).finished().taskAssignee("oscar").count()).isEqualTo(1);
  }

  @Test
  void aPastHackDayHasEveryIdeaAnsweredAndItsQuickWinStillToFollowUp() {
    HackDay day = hackDays.all().stream().filter(hackDay -> hackDay.plannedBy().equals("cam")).findFirst().orElseThrow();
    List<Idea> ideas = hackDays.ideas(day.id());
    assertThat(ideas).extracting(Idea::outcome).containsExactly(IdeaOutcome.PILOT, IdeaOutcome.QUICK_WIN,
        IdeaOutcome.PARK, IdeaOutcome.DECLINE);
    assertThat(ideas.get(0).pilotReference()).startsWith("PIL-");
    assertThat(day.status()).isEqualTo(HackDay.Status.TRIAGE);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(day.processInstanceId()).singleResult())
        .as("waiting to ask whether the quick win was done").isNotNull();
    assertThat(tasks.createTaskQuery().taskDefinitionKey(LifecycleModel.COMPLETE_PROPOSAL).taskAssignee("olivia").count())
        .isEqualTo(1);
  }

  @Test
  void datesReadAsRealUseWouldHaveLeftThem() {
    Map<String, JsonNode> pilots = registeredPilots();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    assertThat(daysAgo(pilots, "Postal workers check on older residents who live alone", today)).isEqualTo(240);
    assertThat(daysAgo(pilots, "Text reminders the evening before bin day", today)).isEqualTo(3);
    assertThat(pilots.values()).allSatisfy(pilot -> assertThat(pilot.path("proposer").asText()).isIn("olivia", "oscar"));
  }

  @Test
  void theAuditChainIsIntactAndTheLibraryHoldsBothPublishedReports() {
    AuditChain.Verification verification = chain.verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(9);

    JsonNode library = json(HttpTestClient.anonymous(port).get("/api/library/reports?size=50"));
    assertThat(library.findValuesAsText("outcome")).containsExactlyInAnyOrder("FAILED", "SUCCEEDED");
    assertThat(HttpTestClient.anonymous(port).get("/library/compliance").body()).contains("Overdue");
  }

  @Test
  void whatWorksCountsTheDemosReportsByKindOfIntervention() {
    JsonNode figures = json(HttpTestClient.anonymous(port).get("/api/library/what-works?council=DEMO"));
    assertThat(figures.path("pilots").asLong()).isEqualTo(2);
    assertThat(figures.path("byInterventionKind").findValuesAsText("code")).containsExactlyInAnyOrder("PARTNERSHIP",
        "OUTREACH");
  }

  @Test
  void aSecondStartSeedsNothing() {
    long pilots = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long entries = chain.verify().entriesChecked();

    assertThat(seed.seedIfEmpty()).isFalse();

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(pilots);
    assertThat(chain.verify().entriesChecked()).isEqualTo(entries);
  }

  /** What a start killed while seeding leaves: the engine's steps join the seeding's one transaction. */
  @Test
  void seedingThatDoesNotFinishLeavesNothing() {
    long pilots = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(LifecycleModel.PROCESS).count();
    long registered = json(HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD).get("/api/audit/pilots")).path("total").asLong();
    DemoSteps steps = new DemoSteps(engine, ZoneId.of("Europe/London"));

    transaction.executeWithoutResult(status -> {
      steps.propose("olivia", DemoSubmissions.proposal(new DemoSubmissions.Story("Interrupted", "A summary", "A problem",
          "If we do this, that changes, because of the other", ServiceArea.HOUSING, InterventionKind.OTHER, "What", "Who", "Where", "Weekly",
          1, 10, 1000, "A partner", Partner.Sector.COUNCIL, "Helps", List.of(new DemoSubmissions.Measure("Measure",
          "per month", 1, 5, true, true, 0)), "A harm"), LocalDate.now().plusDays(7), LocalDate.now().plusDays(90)));
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(LifecycleModel.PROCESS).count()).isEqualTo(pilots + 1);
      status.setRollbackOnly();
    });

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(LifecycleModel.PROCESS).count()).isEqualTo(pilots);
    assertThat(json(HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD).get("/api/audit/pilots")).path("total").asLong())
        .isEqualTo(registered);
  }

  @Test
  void aManagerFiresATimerNowOnTheFastPathAndTheChainRecordsIt() {
    ProcessInstance pilot = inTrial("olivia", "max");
    String reference = reference(pilot);
    Job trialEnd = management.createJobQuery().processInstanceId(pilot.getId()).activityId(LifecycleModel.TRIAL_END_REACHED)
        .singleResult();
    HttpTestClient mia = HttpTestClient.signedIn(port, "mia", DemoUsers.PASSWORD);
    String page = mia.getPage(TimerFastPath.PAGE).body();
    assertThat(page).contains(reference, "Planned end date reached", trialEnd.getId());

    HttpResponse<String> fired = mia.postForm(TimerFastPath.PAGE + "/" + trialEnd.getId(), Map.of("_csrf", csrf(page)));

    assertThat(fired.statusCode()).isEqualTo(302);
    assertThat(openTask(pilot, LifecycleModel.EVALUATE_TRIAL)).isNotNull();
    List<AuditChain.Entry> entries = chain.entriesOf(reference);
    AuditChain.Entry last = entries.get(entries.size() - 1);
    assertThat(last.kind()).isEqualTo(AuditChain.Kind.TIMER_FIRED_EARLY);
    assertThat(last.actor()).isEqualTo("mia");
    assertThat(last.payload()).contains(LifecycleModel.TRIAL_END_REACHED, "Planned end date reached", TimerFastPath.ROUTE);
    assertThat(chain.verify(reference).intact()).isTrue();
    assertThat(mia.getPage(TimerFastPath.PAGE).body()).contains("fired now");
  }

  @Test
  void onlyManagersAndOperatorsMayAndEveryOtherRouteStillRefusesAnEarlyTimer() {
    ProcessInstance pilot = inTrial("olivia", "max");
    Job checkIn = management.createJobQuery().processInstanceId(pilot.getId()).activityId(LifecycleModel.CHECK_IN_DUE)
        .singleResult();
    assertThat(HttpTestClient.anonymous(port).getPage(TimerFastPath.PAGE).statusCode()).isEqualTo(302);
    HttpTestClient olivia = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD);
    assertThat(olivia.getPage(TimerFastPath.PAGE).statusCode()).isEqualTo(403);

    HttpResponse<String> engineApi = HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD)
        .postJson("/engine-rest/job/" + checkIn.getId() + "/execute", Map.of());
    assertThat(engineApi.statusCode()).isEqualTo(403);
    assertThat(management.createJobQuery().jobId(checkIn.getId()).count()).isEqualTo(1);
    assertThat(chain.entriesOf(reference(pilot))).noneMatch(entry -> entry.kind() == AuditChain.Kind.TIMER_FIRED_EARLY);
  }

  private Map<String, JsonNode> registeredPilots() {
    JsonNode found = json(HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD).get("/api/audit/pilots?size=100"));
    Map<String, JsonNode> byTitle = new HashMap<>();
    Instant seededBefore = Instant.now().minus(Duration.ofDays(2)); // the pilots this class's own tests propose are today's
    found.path("pilots").forEach(pilot -> {
      if (Instant.parse(pilot.path("proposedAt").asText()).isBefore(seededBefore)) {
        byTitle.put(pilot.path("title").asText(), pilot);
      }
    });
    return byTitle;
  }

  private static String statusOf(Map<String, JsonNode> pilots, String title) {
    assertThat(pilots).containsKey(title);
    return pilots.get(title).path("status").asText();
  }

  private static long daysAgo(Map<String, JsonNode> pilots, String title, LocalDate today) {
    LocalDate proposed = Instant.parse(pilots.get(title).path("proposedAt").asText())
        .atZone(ZoneId.of("Europe/London")).toLocalDate();
    return ChronoUnit.DAYS.between(proposed, today);
  }

  private static String csrf(String page) {
    Matcher input = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(page);
    assertThat(input.find()).as("a CSRF token on the page").isTrue();
    Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(input.group());
    assertThat(value.find()).isTrue();
    return value.group(1);
  }
}
