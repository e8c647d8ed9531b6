package org.pilotgate.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.library.Insight;
import org.pilotgate.library.Insights;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.ProcessCoverage;
import org.pilotgate.security.AccessRules;
import org.pilotgate.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One scenario per path through the quarterly "what works" insight (bpmn/what-works-insight.bpmn), on
 * the real engine and database, the quarter's timer fired by hand: cam the champion writes, mia or max
 * the managers review. Then the rules that hold whatever the route, and the public pages.
 */
@Import({ProcessEngineCoverageConfiguration.class, InsightScenariosTest.CoverageGate.class})
class InsightScenariosTest extends PilotProcessTest {

  @TestConfiguration
  static class CoverageGate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverageProperties() {
      return ProcessCoverage.gate();
    }
  }

  @Autowired Insights insights;
  @Autowired LibraryStore library;
  @LocalServerPort int port;

  private String report;
  private String otherReport;

  @BeforeEach
  void publishReports() {
    String council = "IN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    report = TestPilots.report(council, "PIL-2026-0003", "Bin reminders by text", "SUCCEEDED", "WASTE_AND_RECYCLING",
        "Texts work for renters").globalId();
    otherReport = TestPilots.report(council, "PIL-2026-0004", "Bin reminders by letter", "FAILED",
        "WASTE_AND_RECYCLING", "Letters go unread").globalId();
    library.publishOnce(TestPilots.report(council, "PIL-2026-0003", "Bin reminders by text", "SUCCEEDED",
        "WASTE_AND_RECYCLING", "Texts work for renters"), "insight-" + report);
    library.publishOnce(TestPilots.report(council, "PIL-2026-0004", "Bin reminders by letter", "FAILED",
        "WASTE_AND_RECYCLING", "Letters go unread"), "insight-" + otherReport);
  }

  @Test
  void writtenApprovedAndPublished() {
    ProcessInstance quarter = quarterBegins();
    complete(quarter, InsightModel.WRITE_INSIGHT, "cam", note("Texts beat letters", report + "\n" + otherReport));
    assertThat(quarter).isWaitingAt(InsightModel.REVIEW_INSIGHT);
    assertThat(insightOf(quarter).isPublished()).isFalse();

    complete(quarter, InsightModel.REVIEW_INSIGHT, "mia", decision("APPROVE", null));

    assertThat(quarter).isEnded().hasPassed(InsightModel.INSIGHT_PUBLISHED);
    Insight published = insightOf(quarter);
    assertThat(published.isPublished()).isTrue();
    assertThat(published.reports()).containsExactly(report, otherReport);
    assertThat(insights.published()).filteredOn(i -> i.processInstanceId().equals(quarter.getId())).hasSize(1);
  }

  @Test
  void returnedRevisedAndApproved() {
    ProcessInstance quarter = quarterBegins();
    complete(quarter, InsightModel.WRITE_INSIGHT, "cam", note("Texts work", report));
    complete(quarter, InsightModel.REVIEW_INSIGHT, "max", decision("RETURN", "Say what it cost"));

    assertThat(quarter).isWaitingAt(InsightModel.WRITE_INSIGHT).task().isAssignedTo("cam");
    Task revise = openTask(quarter, InsightModel.WRITE_INSIGHT);
    assertThat(tasks.getVariableLocal(revise.getId(), "returnedComments")).isEqualTo("Say what it cost");
    assertThat(tasks.getVariable(revise.getId(), InsightModel.TITLE)).isEqualTo("Texts work");
    assertThat(insightOf(quarter).status()).isEqualTo(Insight.Status.RETURNED);

    complete(quarter, InsightModel.WRITE_INSIGHT, "cam", note("Texts work, at 4p a text", report));
    complete(quarter, InsightModel.REVIEW_INSIGHT, "max", decision("APPROVE", null));

    assertThat(quarter).isEnded().hasPassed(InsightModel.INSIGHT_PUBLISHED);
    assertThat(insightOf(quarter).title()).isEqualTo("Texts work, at 4p a text");
    assertThat(insightOf(quarter).isPublished()).isTrue();
  }

  @Test
  void aReportNotInTheLibraryIsRefusedByItsId() {
    ProcessInstance quarter = quarterBegins();
    assertThatThrownBy(() -> complete(quarter, InsightModel.WRITE_INSIGHT, "cam",
        note("Texts work", report + "\nDEMO/PIL-1999-0001")))
        .hasMessageContaining("Reports it draws on").hasMessageContaining("DEMO/PIL-1999-0001");
    assertThat(quarter).isWaitingAt(InsightModel.WRITE_INSIGHT);
    assertThat(insights.of(quarter.getId())).isEmpty();
  }

  @Test
  void theWriterCannotApproveTheirOwnNote() {
    identity.createMembership("mia", Groups.CHAMPIONS);
    try {
      ProcessInstance quarter = quarterBegins();
      asChampionAndManager("mia", openTask(quarter, InsightModel.WRITE_INSIGHT), note("Texts work", report));
      Task review = openTask(quarter, InsightModel.REVIEW_INSIGHT);
      assertThatThrownBy(() -> asChampionAndManager("mia", review, decision("APPROVE", null)))
          .hasMessageContaining("mia wrote the insight").hasMessageContaining("four-eyes");
      assertThat(quarter).isWaitingAt(InsightModel.REVIEW_INSIGHT);
      assertThat(insightOf(quarter).isPublished()).isFalse();
    } finally {
      identity.deleteMembership("mia", Groups.CHAMPIONS);
    }
  }

  @Test
  void onlyChampionsWriteOnlyManagersReviewAndNobodyStartsItByHand() {
    assertThatThrownBy(() -> as("admin", () -> runtime.startProcessInstanceByKey(InsightModel.PROCESS)))
        .hasMessageContaining("starts when the quarter's timer fires").hasMessageContaining("admin cannot start it");
    ProcessInstance quarter = quarterBegins();
    assertThatThrownBy(() -> complete(quarter, InsightModel.WRITE_INSIGHT, "olivia", note("Mine", report)))
        .hasMessageContaining("olivia");
    assertThatThrownBy(() -> complete(quarter, InsightModel.WRITE_INSIGHT, "mia", note("Mine", report)))
        .hasMessageContaining("mia");
    assertThat(insights.of(quarter.getId())).isEmpty();
    complete(quarter, InsightModel.WRITE_INSIGHT, "cam", note("Texts work", report));
    assertThatThrownBy(() -> complete(quarter, InsightModel.REVIEW_INSIGHT, "admin", decision("APPROVE", null)))
        .hasMessageContaining("admin is not a manager");
    assertThatThrownBy(() -> complete(quarter, InsightModel.REVIEW_INSIGHT, "cam", decision("APPROVE", null)))
        .hasMessageContaining("cam");
    assertThat(insightOf(quarter).isPublished()).isFalse();
    assertThat(InsightModel.PROCESS).isEqualTo(AccessRules.INSIGHT_PROCESS);
  }

  @Test
  void anApprovedInsightIsPublicAndANoteUnderReviewIsNot() {
    ProcessInstance quarter = quarterBegins();
    complete(quarter, InsightModel.WRITE_INSIGHT, "cam", note("Texts beat letters for renters", report));
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    String page = Insights.path(insightOf(quarter).id());
    assertThat(anonymous.get(page).statusCode()).isEqualTo(404);

    complete(quarter, InsightModel.REVIEW_INSIGHT, "mia", decision("APPROVE", null));

    HttpResponse<String> published = anonymous.get(page);
    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(published.body()).contains("Texts beat letters for renters").contains("Bin reminders by text")
        .contains(report).doesNotContain(">cam<").doesNotContain("mia");
    assertThat(anonymous.get("/library/insights").body()).contains("Texts beat letters for renters");
    assertThat(anonymous.get("/library/what-works").body()).contains("Texts beat letters for renters");

    JsonNode api = HttpTestClient.json(anonymous.get("/api/library/what-works"));
    assertThat(api.at("/insights/count").asInt()).isEqualTo(insights.published().size());
    JsonNode listed = null;
    for (JsonNode item : api.at("/insights/items")) {
      if (item.path("url").asText().equals(page)) {
        listed = item;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.path("title").asText()).isEqualTo("Texts beat letters for renters");
    assertThat(listed.path("reports").get(0).asText()).isEqualTo(report);
    assertThat(listed.has("writtenBy")).isFalse();
    assertThat(api.has("pilots")).isTrue();
  }

  @Test
  void aSecondCompletionNeverPublishesTwice() {
    ProcessInstance quarter = quarterBegins();
    complete(quarter, InsightModel.WRITE_INSIGHT, "cam", note("Texts work", report));
    complete(quarter, InsightModel.REVIEW_INSIGHT, "mia", decision("APPROVE", null));
    assertThat(insights.publish(quarter.getId(), "max", java.time.Instant.now())).isFalse();
    assertThatThrownBy(() -> insights.write(quarter.getId(), "DEMO", "Again", "Again", List.of(report), "cam",
        java.time.Instant.now())).hasMessageContaining("published already");
    assertThat(insights.published()).filteredOn(i -> i.processInstanceId().equals(quarter.getId())).hasSize(1);
  }

  /** Fires the quarter's timer as the engine would on the first of January, April, July and October. */
  private ProcessInstance quarterBegins() {
    Set<String> before = running();
    Job timer = management.createJobQuery().processDefinitionKey(InsightModel.PROCESS).timers().singleResult();
    assertThat(timer).as("the quarter's timer").isNotNull();
    management.executeJob(timer.getId());
    assertThat(management.createJobQuery().processDefinitionKey(InsightModel.PROCESS).timers().count())
        .as("the next quarter's timer").isEqualTo(1);
    List<ProcessInstance> started = runtime.createProcessInstanceQuery().processDefinitionKey(InsightModel.PROCESS)
        .list().stream().filter(instance -> !before.contains(instance.getId())).toList();
    assertThat(started).hasSize(1);
    assertThat(started.get(0)).isWaitingAt(InsightModel.WRITE_INSIGHT);
    return started.get(0);
  }

  private Set<String> running() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(InsightModel.PROCESS).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  /** Claims and completes {@code task} signed in as {@code user} with both roles, as no demo user is. */
  private void asChampionAndManager(String user, Task task, VariableMap values) {
    identity.setAuthentication(user, List.of(Groups.CHAMPIONS, Groups.MANAGERS));
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Insight insightOf(ProcessInstance quarter) {
    return insights.of(quarter.getId()).orElseThrow();
  }

  private static VariableMap note(String title, String reports) {
    return Variables.createVariables().putValue(InsightModel.TITLE, title)
        .putValue(InsightModel.TEXT, "Text reminders worked for renters in flats, at about 4p each.")
        .putValue(InsightModel.REPORTS, reports);
  }

  private static VariableMap decision(String decision, String comments) {
    VariableMap values = Variables.createVariables().putValue(InsightModel.DECISION, decision);
    return comments == null ? values : values.putValue(InsightModel.COMMENTS, comments);
  }
}
