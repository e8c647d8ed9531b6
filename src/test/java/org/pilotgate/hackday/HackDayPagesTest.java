package org.pilotgate.hackday;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The idea page over HTTP: an idea while the window is open, bad input named by label, a closed window refused. */
class HackDayPagesTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired HackDays hackDays;
  @Autowired HackDayDates dates;

  @Test
  void anOfficerSubmitsAnIdeaAndTheReportListsIt() {
    HackDay day = planned();
    HttpTestClient olivia = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD);
    HttpResponse<String> sent = submit(olivia, day, Map.of(HackDayPages.TITLE, "Print fewer letters",
        HackDayPages.PROBLEM, "We post letters nobody reads.", HackDayPages.IDEA, "E-mail them.",
        HackDayPages.HOURS, "2.5"));
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(hackDays.ideas(day.id())).singleElement().satisfies(idea -> {
      assertThat(idea.author()).isEqualTo("olivia");
      assertThat(idea.hoursSavedEstimate()).isEqualByComparingTo("2.5");
    });
    assertThat(olivia.getPage("/hack-days/" + day.reference()).body()).contains("Print fewer letters", "Waiting for triage",
        "1 idea submitted");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
    HackDay day = planned();
    HttpResponse<String> sent = submit(HttpTestClient.signedIn(port, "oscar", DemoUsers.PASSWORD), day, Map.of(
        HackDayPages.TITLE, "Fewer forms", HackDayPages.PROBLEM, "Too many forms.", HackDayPages.IDEA, "One form.",
        HackDayPages.HOURS, "lots"));
    assertThat(sent.statusCode()).isEqualTo(400);
    assertThat(sent.body()).contains("Time it would save must be a number");
    assertThat(hackDays.ideas(day.id())).isEmpty();
  }

  @Test
  void anIdeaAfterTheWindowClosedIsRefusedWith409() {
    HackDay day = planned();
    fire(runtime.createProcessInstanceQuery().processInstanceId(day.processInstanceId()).singleResult(),
        HackDayModel.IDEAS_WINDOW_CLOSED);
    HttpResponse<String> sent = submit(HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD), day, Map.of(
        HackDayPages.TITLE, "Too late", HackDayPages.PROBLEM, "Late.", HackDayPages.IDEA, "Later.",
        HackDayPages.HOURS, "1"));
    assertThat(sent.statusCode()).isEqualTo(409);
    assertThat(sent.body()).contains("has closed", "Nothing was saved");
    assertThat(hackDays.ideas(day.id())).isEmpty();
  }

  @Test
  void theHackDayPagesNeedASignIn() {
    HackDay day = planned();
    assertThat(HttpTestClient.anonymous(port).getPage("/hack-days/" + day.reference()).statusCode()).isEqualTo(302);
  }

  private HackDay planned() {
    ProcessInstance started = as("cam", () -> runtime.startProcessInstanceByKey(HackDayModel.PROCESS,
        TestHackDays.plan(dates.today())));
    return hackDays.ofProcessInstance(started.getId()).orElseThrow();
  }

  private static HttpResponse<String> submit(HttpTestClient person, HackDay day, Map<String, String> fields) {
    String path = "/hack-days/" + day.reference();
    Map<String, String> form = new java.util.HashMap<>(fields);
    form.put("_csrf", person.csrfTokenOn(path));
    return person.postForm(path + "/ideas", form);
  }
}
