package org.pilotgate.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.REVISE_PROPOSAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Values of the wrong type, JSON that does not parse, codes in the wrong case and control characters
 * are refused with HTTP 400 naming the field, through the engine REST API and through the webapps'
 * API as Tasklist submits, and nothing is half-saved: no pilot started, no reference used up, the
 * task still open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputGets400Test {

  private static final String ENGINE = "/engine-rest";
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  private static final String START = "/process-definition/key/pilot-lifecycle/submit-form";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @Test
  void aValueOfTheWrongTypeIsRefusedAndStartsNothing() {
    int before = referenceNumber(started(propose(Map.of())));
    long pilots = pilots();

    assertRefused(propose(Map.of("title", Map.of("value", 42, "type", "Integer"))), "Title must be text, not a number");
    assertRefused(propose(Map.of("title", Map.of("value", "2027-01-04T00:00:00.000+0000", "type", "Date"))),
        "Title must be text, not a date");
    assertRefused(olivia().postJson(ENGINE + "/process-definition/key/pilot-lifecycle/start",
        Map.of("variables", proposal(Map.of("title", Map.of("value", true, "type", "Boolean"))))),
        "Title must be text, not true or false");

    assertThat(pilots()).as("no pilot started").isEqualTo(pilots);
    assertThat(referenceNumber(started(propose(Map.of())))).as("no reference used up").isEqualTo(before + 1);
  }

  @Test
  void jsonThatDoesNotParseOrIsNoListOrObjectIsRefused() {
    long pilots = pilots();
    assertRefused(propose(Map.of("partners", Map.of("value", "[{name: 'Go Buses'", "type", "Json"))),
        "Partners must be valid JSON");
    assertRefused(propose(Map.of("title", Map.of("value", "\"Bus drivers refer\"", "type", "Json"))),
        "Title must be a list or an object when sent as JSON");
    assertThat(pilots()).isEqualTo(pilots);
  }

  @Test
  void codesMustBeExactlyAsTheFormSendsThem() {
    assertRefused(propose(Map.of("serviceArea", Map.of("value", "adult_social_care"))),
        "Service area must be one of ADULT_SOCIAL_CARE, ");
  }

  @Test
  void textMayCarryLineBreaksAndTabsButNoOtherControlCharacters() {
    assertRefused(propose(Map.of("title", Map.of("value", "Bus drivers\u0000 refer"))),
        "Title must not contain control characters (U+0000 at character 12)");
    assertRefused(propose(Map.of("problem", Map.of("value", "Older people\u001b[2J are isolated"))),
        "The problem must not contain control characters (U+001B at character 13)");

    String summary = "Drivers learn to notice isolation.\r\n\tThey hand out a referral card.";
    String pilot = started(propose(Map.of("summary", Map.of("value", summary)))).path("id").asText();
    assertThat(runtime.getVariable(pilot, "summary")).isEqualTo(summary);
  }

  @Test
  void tasklistsOwnApiRefusesTheSame() {
    HttpTestClient tasklist = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD)
        .withWebappCsrfToken(WEBAPP_ENGINE + "/task/count");
    long pilots = pilots();

    assertRefused(tasklist.postJson(WEBAPP_ENGINE + START,
        Map.of("variables", proposal(Map.of("title", Map.of("value", 42, "type", "Integer"))))),
        "Title must be text, not a number");
    assertRefused(tasklist.postJson(WEBAPP_ENGINE + START,
        Map.of("variables", proposal(Map.of("harmLimits", Map.of("value", "{", "type", "Json"))))),
        "Harm limits must be valid JSON");
    assertThat(pilots()).isEqualTo(pilots);
  }

  @Test
  void aRefusedTaskCompletionLeavesTheTaskOpen() {
    String pilot = proposedPilot();
    String review = openTask(pilot, REVIEW_PROPOSAL, "mia");

    assertRefused(submit(review, "mia", Map.of("reviewDecision", Map.of("value", "APPROVE"),
        "reviewComments", Map.of("value", 7, "type", "Integer"))), "Comments for the proposer must be text, not a number");
    assertRefused(submit(review, "mia", Map.of("reviewDecision", Map.of("value", "approve"))),
        "Decision must be one of APPROVE, ");
    assertThat(openTask(pilot, REVIEW_PROPOSAL, "mia")).as("still open").isEqualTo(review);

    assertThat(submit(review, "mia", Map.of("reviewDecision", Map.of("value", "APPROVE"))).statusCode()).isEqualTo(204);
    String plan = openTask(pilot, PLAN_TRIAL, "olivia");
    Map<String, Object> badCriteria = new LinkedHashMap<>(HttpTestClient.variables(TestPilots.plan()));
    badCriteria.put("successCriteria", Map.of("value", "[{\"name\": \"Referrals received\",", "type", "Json"));
    assertRefused(api("olivia").postJson(ENGINE + "/task/" + plan + "/submit-form", Map.of("variables", badCriteria)),
        "Success criteria must be valid JSON");
    assertThat(openTask(pilot, PLAN_TRIAL, "olivia")).isEqualTo(plan);
  }

  @Test
  void datesAreTypedDayMonthYearAndKeptAsThatDay() {
    HttpTestClient tasklist = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD)
        .withWebappCsrfToken(WEBAPP_ENGINE + "/task/count");
    long pilots = pilots();
    assertRefused(tasklist.postJson(WEBAPP_ENGINE + START, Map.of("variables", proposal(Map.of(
        "plannedStart", Map.of("value", "31/02/2027"))))),
        "Planned start must be a real date, like 04/02/2027: there is no '31/02/2027'.");
    assertRefused(tasklist.postJson(WEBAPP_ENGINE + START, Map.of("variables", proposal(Map.of(
        "plannedStart", Map.of("value", "04/02/2027"), "plannedEnd", Map.of("value", "03/02/2027"))))),
        "Planned end must be after the planned start (4 February 2027).");
    assertThat(pilots()).as("nothing started").isEqualTo(pilots);

    String pilot = proposedPilot(Map.of("plannedStart", Map.of("value", "04/02/2027"),
        "plannedEnd", Map.of("value", "30/11/2027")));
    assertThat(runtime.getVariable(pilot, "plannedStart")).as("4 February, as an ISO day").isEqualTo("2027-02-04");
    assertThat(runtime.getVariable(pilot, "plannedEnd")).isEqualTo("2027-11-30");
  }

  @Test
  void aFormOpensWithItsDatesDayMonthYearAndRefusesAPastEnd() {
    String pilot = proposedPilot(Map.of("plannedStart", Map.of("value", "2027-02-04"),
        "plannedEnd", Map.of("value", "2027-11-30")));
    assertThat(submit(openTask(pilot, REVIEW_PROPOSAL, "mia"), "mia", Map.of("reviewDecision",
        Map.of("value", "APPROVE"))).statusCode()).isEqualTo(204);

    String plan = openTask(pilot, PLAN_TRIAL, "olivia");
    JsonNode shown = HttpTestClient.json(olivia().get(ENGINE + "/task/" + plan + "/form-variables"));
    assertThat(shown.path("trialStart").path("value").asText()).as("the proposed start, offered day/month/year")
        .isEqualTo("04/02/2027");
    assertThat(shown.path("trialEnd").path("value").asText()).isEqualTo("30/11/2027");
    assertThat(shown.path("plannedStart").path("value").asText()).as("not a field of this form: as stored")
        .isEqualTo("2027-02-04");
    assertThat(runtime.getVariable(pilot, "trialStart")).as("stored as an ISO day").isEqualTo("2027-02-04");

    Map<String, Object> pastEnd = new LinkedHashMap<>(HttpTestClient.variables(TestPilots.plan()));
    pastEnd.put("trialStart", Map.of("value", "01/01/2020"));
    pastEnd.put("trialEnd", Map.of("value", "02/01/2020"));
    assertRefused(submit(plan, "olivia", pastEnd), "Trial end is in the past (2 January 2020): the trial must end "
        + "after today (");
    assertThat(openTask(pilot, PLAN_TRIAL, "olivia")).isEqualTo(plan);
  }

  @Test
  void theProposalSentBackForChangesOpensWithItsDatesDayMonthYear() {
    String pilot = proposedPilot(Map.of("plannedStart", Map.of("value", "04/02/2027"),
        "plannedEnd", Map.of("value", "30/11/2027")));
    assertThat(submit(openTask(pilot, REVIEW_PROPOSAL, "mia"), "mia", Map.of(
        "reviewDecision", Map.of("value", "REQUEST_CHANGES"), "reviewComments", Map.of("value", "Start in March."))))
        .extracting(HttpResponse::statusCode).isEqualTo(204);

    String revise = openTask(pilot, REVISE_PROPOSAL, "olivia");
    JsonNode shown = HttpTestClient.json(olivia().get(ENGINE + "/task/" + revise + "/form-variables"));
    assertThat(shown.path("plannedStart").path("value").asText()).isEqualTo("04/02/2027");
    assertThat(shown.path("plannedEnd").path("value").asText()).isEqualTo("30/11/2027");
  }

  private String proposedPilot() {
    return proposedPilot(Map.of());
  }

  /** A pilot waiting for its review, the proposer having answered the prior-work check if it asked. */
  private String proposedPilot(Map<String, Object> changes) {
    String pilot = started(propose(changes)).path("id").asText();
    JsonNode asked = HttpTestClient.json(olivia().get(ENGINE + "/task?processInstanceId=" + pilot
        + "&taskDefinitionKey=AcknowledgePriorWork"));
    if (asked.size() == 1) {
      int failures = ((java.util.List<?>) org.pilotgate.process.ProcessData.plain(
          runtime.getVariableTyped(pilot, "similarFailures"))).size();
      assertThat(submit(asked.get(0).path("id").asText(), "olivia",
          HttpTestClient.variables(TestPilots.acknowledgement(failures))).statusCode()).isEqualTo(204);
    }
    return pilot;
  }

  private HttpResponse<String> propose(Map<String, Object> changes) {
    return olivia().postJson(ENGINE + START, Map.of("variables", proposal(changes)));
  }

  private static Map<String, Object> proposal(Map<String, Object> changes) {
    Map<String, Object> variables = new LinkedHashMap<>(HttpTestClient.variables(TestPilots.proposal()));
    variables.putAll(changes);
    return variables;
  }

  private static void assertRefused(HttpResponse<String> response, String problem) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(HttpTestClient.json(response).path("message").asText()).contains(problem);
  }

  private static JsonNode started(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return HttpTestClient.json(response);
  }

  private static int referenceNumber(JsonNode pilot) {
    String reference = pilot.path("businessKey").asText();
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }

  private long pilots() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
  }

  /** The pilot's open task {@code taskKey}, claimed by {@code user} if nobody has it. */
  private String openTask(String pilot, String taskKey, String user) {
    JsonNode tasks = HttpTestClient.json(api(user).get(ENGINE + "/task?processInstanceId=" + pilot
        + "&taskDefinitionKey=" + taskKey));
    assertThat(tasks.size()).as("open %s tasks", taskKey).isEqualTo(1);
    String task = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      assertThat(api(user).postJson(ENGINE + "/task/" + task + "/claim", Map.of("userId", user)).statusCode())
          .isEqualTo(204);
    }
    return task;
  }

  private HttpResponse<String> submit(String task, String user, Map<String, Object> variables) {
    return api(user).postJson(ENGINE + "/task/" + task + "/submit-form", Map.of("variables", variables));
  }

  private HttpTestClient olivia() {
    return api("olivia");
  }

  private HttpTestClient api(String user) {
    return HttpTestClient.basic(port, user, DemoUsers.PASSWORD);
  }
}
