package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.failureReport;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A stopped pilot's timeline holds each step with who took it, and auditors read and export it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineTest extends PilotProcessTest {

  /** A time as the auditors' pages and the CSV write it: "4 February 2027 at 14:05". */
  private static final String WHEN = "\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @LocalServerPort int port;
  @Autowired Timeline timeline;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditChain chain;
  @Autowired LibraryStore library;
  @Autowired LibraryIndex index;

  @Test
  @SuppressWarnings("unchecked")
  void aStoppedPilotsTimelineShowsEveryStepAndWhoTookIt() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    adminIsRefusedSettingByHand(pilot, "trialSites", "Routes 5, 7 and 9 depots");
    evaluated(pilot, evaluation(2, 15000, 3));
    complete(pilot, DECIDE_GATE, "mia", gate("STOP", null));
    complete(pilot, DRAFT_FAILURE_REPORT, "olivia", failureReport());
    complete(pilot, REVIEW_FAILURE_REPORT, "mia", approve("reportReviewDecision"));
    publishingFailsUntilAnIncidentThenAdminRetriesIt(pilot);

    List<Timeline.Event> events = timeline.of(pilot.getBusinessKey()).orElseThrow();

    assertThat(events).extracting(Timeline.Event::at).isSorted();
    assertThat(events).filteredOn(ofType(EventType.TASK_COMPLETED)).extracting(Timeline.Event::who)
        .containsSubsequence("mia", "olivia", "olivia", "mia", "olivia", "mia");
    assertThat(events).filteredOn(ofType(EventType.TASK_CANDIDATE_ADD).and(in("Review the proposal")))
        .extracting(e -> e.details().get("group")).contains("managers");
    assertThat(events).filteredOn(ofType(EventType.TASK_ASSIGNEE_ADD).and(in("Review the proposal")))
        .singleElement().satisfies(claim -> {
          assertThat(claim.who()).isEqualTo("mia");
          assertThat(claim.details()).containsEntry("user", "mia");
        });
    assertThat(events).filteredOn(ofType(EventType.TASK_COMPLETED).and(in("Review the proposal"))).singleElement()
        .satisfies(review -> assertThat((List<Object>) review.details().get("valuesSet")).contains("reviewDecision"));
    assertThat(events).filteredOn(variable("reviewDecision").and(ofType(EventType.VARIABLE_SET))).singleElement()
        .satisfies(set -> {
      assertThat(set.who()).isEqualTo("mia");
      assertThat(set.activity()).endsWith("Review the proposal");
      assertThat(set.details()).containsEntry("value", "APPROVE");
    });
    assertThat(events).filteredOn(variable("title")).first().extracting(Timeline.Event::who).isEqualTo("olivia");

    assertThat(events).filteredOn(ofType(EventType.DECISION_EVALUATED)).singleElement().satisfies(dmn -> {
      assertThat((Map<String, Object>) dmn.details().get("inputs")).containsKey("Evidence level (Nesta 1 to 5)");
      assertThat((Map<String, Object>) dmn.details().get("outputs")).containsEntry("recommendation", "STOP");
      assertThat((List<Map<String, Object>>) dmn.details().get("matchedRules")).singleElement()
          .satisfies(rule -> assertThat(rule).containsEntry("ruleId", "rule-6-fewer-than-half-met")
              .containsKey("ruleOrder"));
    });
    assertThat(events).filteredOn(ofType(EventType.GATE_DECISION)).singleElement().satisfies(decision -> {
      assertThat(decision.who()).isEqualTo("mia");
      assertThat(decision.details().get("recorded").toString()).contains("STOP");
    });

    assertThat(events).filteredOn(variable("trialEnd").and(ofType(EventType.VARIABLE_CHANGED))).first()
        .satisfies(planned -> {
          assertThat(planned.who()).isEqualTo("olivia");
          assertThat(planned.details()).containsEntry("oldValue", TestPilots.TODAY.plusMonths(6).toString())
              .containsEntry("value", TestPilots.TODAY.plusMonths(3).toString());
        });
    assertThat(events).filteredOn(variable("trialSites").and(ofType(EventType.VARIABLE_CHANGED))).isEmpty();
    assertThat(events).filteredOn(ofType(EventType.OPERATION).and(e -> "admin".equals(e.who())))
        .extracting(e -> e.details().get("operation")).contains("SetJobRetries").doesNotContain("SetVariable");
    assertThat(events).filteredOn(operation("SetJobRetries")).singleElement()
        .satisfies(retries -> assertThat(retries.details()).containsEntry("oldValue", "0")
            .containsEntry("newValue", "1"));

    assertThat(events).filteredOn(in("Publish the failure report")).extracting(Timeline.Event::type)
        .containsSubsequence(EventType.JOB_FAILED, EventType.JOB_FAILED, EventType.JOB_FAILED,
            EventType.INCIDENT_CREATED, EventType.INCIDENT_RESOLVED, EventType.JOB_SUCCEEDED);
    assertThat(events).filteredOn(ofType(EventType.JOB_FAILED)).extracting(e -> e.details().get("retriesLeft"))
        .endsWith(1, 0).doesNotHaveDuplicates();
    assertThat(events).filteredOn(ofType(EventType.JOB_FAILED))
        .allSatisfy(failed -> assertThat(failed.details().get("error")).asString().isNotBlank());
    assertThat(events).extracting(Timeline.Event::type).contains(EventType.ACTIVITY_STARTED,
        EventType.ACTIVITY_ENDED, EventType.REGISTRATION_VERSION, EventType.PUBLICATION);
  }

  @Test
  void auditorsReadAndExportTimelinesOthersMayNot() {
    ProcessInstance pilot = approved("olivia", "mia");
    String reference = pilot.getBusinessKey();
    HttpTestClient ada = HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD);

    JsonNode events = HttpTestClient.json(ada.get("/api/audit/pilots/" + reference));
    assertThat(events.findValuesAsText("type")).contains("TASK_COMPLETED", "VARIABLE_SET");
    assertThat(events.findValuesAsText("value")).contains("APPROVE", "ADULT_SOCIAL_CARE");
    events.forEach(event -> assertThat(Instant.parse(event.path("at").asText())).isNotNull());

    HttpResponse<String> csv = ada.get("/api/audit/pilots/" + reference + "/timeline.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/csv").containsIgnoringCase("UTF-8"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + reference + "-timeline.csv\"");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("When,What happened,Step,Who,Details");
    assertThat(lines).anySatisfy(line -> assertThat(line).matches(WHEN + ",Task completed,Review the proposal,mia,.*"));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("Values recorded", "Review decision: Approve: the proposer can plan the trial"));
    assertThat(csv.body()).contains("Service area: Adult social care")
        .doesNotContain("TASK_COMPLETED", "APPROVE", "ADULT_SOCIAL_CARE", "{\"");

    HttpResponse<String> json = ada.get("/api/audit/pilots/" + reference + "/timeline.json");
    assertThat(json.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + reference + "-timeline.json\"");
    assertThat(HttpTestClient.json(json).size()).isEqualTo(events.size());

    HttpResponse<String> page = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD)
        .getPage("/audit/pilots/" + reference);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(reference, "Bus drivers refer isolated older passengers", "Adult social care",
        "Intact:", "Task completed", "Review the proposal", "Values recorded", "Review decision:",
        "Approve: the proposer can plan the trial", "Download CSV",
        "/api/audit/pilots/" + reference + "/timeline.csv", "href=\"/audit/chain\"");
    assertThat(page.body()).doesNotContain("Broken:", "APPROVE", "ADULT_SOCIAL_CARE");
    assertThat(HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD).getPage("/audit/pilots/PIL-1999-0001")
        .statusCode()).isEqualTo(404);
    assertThat(ada.get("/api/audit/pilots/PIL-1999-0001/timeline.csv").statusCode()).isEqualTo(404);

    assertThat(ada.putJson("/engine-rest/process-instance/" + pilot.getId() + "/variables/trialSites",
        Map.of("value", "Somewhere else", "type", "String")).statusCode()).isEqualTo(403);
    HttpTestClient olivia = HttpTestClient.basic(port, "olivia", DemoUsers.PASSWORD);
    for (String path : List.of("", "/timeline.csv", "/timeline.json")) {
      assertThat(olivia.get("/api/audit/pilots/" + reference + path).statusCode()).as(path).isEqualTo(403);
    }
    assertThat(HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD).getPage("/audit/pilots/" + reference)
        .statusCode()).isEqualTo(403);
  }

  @Test
  void thePageNamesAChainEntryChangedInTheDatabase() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    AuditChain.Entry proposal = chain.entriesOf(pilot.getBusinessKey()).get(0);
    jdbc.update("UPDATE audit_entry SET actor = 'mallory' WHERE sequence_number = ?", proposal.sequence());
    try {
      String page = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD)
          .getPage("/audit/pilots/" + pilot.getBusinessKey()).body();
      assertThat(page).contains("Broken:", "Entry " + proposal.sequence() + " (Proposal)",
          "does not match its hash");
    } finally {
      jdbc.update("UPDATE audit_entry SET actor = ? WHERE sequence_number = ?", proposal.actor(),
          proposal.sequence());
    }
  }

  /**
   * A short pilot (proposed with five similar failures in the library, its differences said, reviewed,
   * its trial planned) in words: the forms' labels for its codes, dates as people write them, in the
   * council's zone, and each long value once. Its page had 92,335 characters before it was made
   * readable and 34,574 after (measured on 5 December 2026); the bound leaves about a fifth for wording.
   */
  @Test
  void aShortPilotsPageAndCsvAreInWordsAndThePageIsSmall() {
    for (int i = 1; i <= 5; i++) {
      ReportDocument failure = TestPilots.report("PGSIZE", "PIL-2025-000" + i, "Bus drivers refer isolated older passengers",
          ReportDocument.FAILED, "ADULT_SOCIAL_CARE", String.join(" ", List.of("summary", "problem", "hypothesis",
              "interventionWhat", "interventionWho").stream().map(field -> (String) proposal().get(field)).toList()));
      library.publishOnce(failure, "timeline-size-" + failure.globalId());
    }
    index.catchUp();
    ProcessInstance pilot = propose("olivia", proposal());
    complete(pilot, "ReviewProposal", "mia", approve("reviewDecision"));
    complete(pilot, "PlanTrial", "olivia", TestPilots.plan());
    String reference = pilot.getBusinessKey();
    List<String> codes = List.of("ADULT_SOCIAL_CARE", "UNIVERSAL_SERVICE_PROVIDER", "ABOVE", "INCREASE", "DECREASE",
        "APPROVE", "REGISTRATION_VERSION", TestPilots.TODAY.plusDays(7).toString());
    List<String> words = List.of("Adult social care", "Universal service provider", "Goes above the limit",
        "Should go up", "Should go down", "Approve: the proposer can plan the trial", DAY.format(TestPilots.TODAY.plusDays(7)),
        "from " + DAY.format(TestPilots.TODAY.plusMonths(6)) + " to " + DAY.format(TestPilots.TODAY.plusMonths(3)));

    String page = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD).getPage("/audit/pilots/" + reference).body();
    assertThat(page).contains(words).contains("Registration version recorded in the audit chain", "Baseline:",
        "from 0 to 1", "Set again, unchanged:", "as shown on ").doesNotContain(codes);
    assertThat(page).containsPattern("<td class=\"audit-timeline__when\">" + WHEN + "</td>");
    assertThat(page.length()).as("characters of a short pilot's timeline page").isLessThan(42_000);

    HttpTestClient ada = HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD);
    String csv = ada.get("/api/audit/pilots/" + reference + "/timeline.csv").body();
    assertThat(csv).contains(words).contains("Sector: Universal service provider").doesNotContain(codes);
    assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).matches(WHEN + ",.*"));

    String json = ada.get("/api/audit/pilots/" + reference).body();
    assertThat(json).contains("\"ADULT_SOCIAL_CARE\"", "\"UNIVERSAL_SERVICE_PROVIDER\"", "\"ABOVE\"",
        "\"REGISTRATION_VERSION\"", "\"" + TestPilots.TODAY.plusDays(7) + "\"");
  }

  /** Even an operator cannot change a pilot's values by hand, through the REST API as Cockpit or a script would. */
  private void adminIsRefusedSettingByHand(ProcessInstance pilot, String name, String value) {
    HttpResponse<String> set = HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD)
        .putJson("/engine-rest/process-instance/" + pilot.getId() + "/variables/" + name,
            Map.of("value", value, "type", "String"));
    assertThat(set.statusCode()).isEqualTo(403);
  }

  /** The library's table is away, so each attempt fails until retries run out; the operator then retries by hand. */
  private void publishingFailsUntilAnIncidentThenAdminRetriesIt(ProcessInstance pilot) {
    Job publish = publishingFailsUntilAnIncident(pilot, PUBLISH_FAILURE_REPORT);
    assertThat(HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD)
        .putJson("/engine-rest/job/" + publish.getId() + "/retries", Map.of("retries", 1)).statusCode())
        .isEqualTo(204);
    management.executeJob(publish.getId());
  }

  private static Predicate<Timeline.Event> ofType(EventType type) {
    return event -> event.type() == type;
  }

  private static Predicate<Timeline.Event> in(String step) {
    return event -> event.activity() != null && event.activity().endsWith(step);
  }

  private static Predicate<Timeline.Event> variable(String name) {
    return ofType(EventType.VARIABLE_SET).or(ofType(EventType.VARIABLE_CHANGED))
        .and(event -> name.equals(event.details().get("name")));
  }

  private static Predicate<Timeline.Event> operation(String operation) {
    return ofType(EventType.OPERATION).and(event -> operation.equals(event.details().get("operation")));
  }
}
