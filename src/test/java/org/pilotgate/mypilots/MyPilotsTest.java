package org.pilotgate.mypilots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.StringUtils;

/**
 * "My pilots" and a pilot's page, over HTTP as the demo users see them: who finds which pilot, where it
 * is and whom it waits for; a pilot that is not theirs is not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyPilotsTest extends PilotProcessTest {

  @LocalServerPort int port;

  @Test
  void anOfficerSeesHerPilotWhereItIsAndWhomItWaitsFor() {
    ProcessInstance pilot = propose("olivia", TestPilots.proposal());
    String reference = reference(pilot);

    String proposed = row(page("olivia", "/pilots"), reference);
    assertThat(proposed).contains("Bus drivers refer isolated older passengers", "In review",
        "Review the proposal — waiting for a manager").doesNotContain("Open in Tasklist");

    complete(pilot, REVIEW_PROPOSAL, "mia", TestPilots.approve("reviewDecision"));
    String list = page("olivia", "/pilots");
    assertThat(StringUtils.countOccurrencesOf(list, "data-reference=\"" + reference + "\""))
        .as("listed once, though both proposed by her and waiting for her").isEqualTo(1);
    String approved = row(list, reference);
    assertThat(approved).contains("Planning the trial", "Plan the trial — waiting for you", "Due",
        "/camunda/app/tasklist/default/#/?task=" + openTask(pilot, PLAN_TRIAL).getId(), "Not published");

    String detail = page("olivia", "/pilots/" + reference);
    assertThat(detail).contains("Planning the trial", "Plan the trial — waiting for you", "Referrals received",
        "Loneliness score", "Should go up", "Should go down", "Proposed by <span>Olivia Officer</span>",
        "<span>Review the proposal</span>:\n      <span>Mia Manager</span>")
        .doesNotContain("stop-early");
  }

  @Test
  void aLongListIsPagedNewestFirst() {
    List<String> references = new ArrayList<>();
    for (int i = 0; i <= MyPilots.PAGE_SIZE; i++) {
      references.add(reference(propose("oscar", TestPilots.proposal())));
    }

    String first = page("oscar", "/pilots");
    assertThat(StringUtils.countOccurrencesOf(first, "data-reference=")).isEqualTo(MyPilots.PAGE_SIZE);
    assertThat(first.indexOf(references.get(MyPilots.PAGE_SIZE))).as("the newest first")
        .isLessThan(first.indexOf(references.get(1))).isNotNegative();
    assertThat(first).doesNotContain("data-reference=\"" + references.get(0) + "\"").contains("href=\"/pilots?page=2\"");
    assertThat(row(page("oscar", "/pilots?page=2"), references.get(0))).contains("In review");
  }

  @Test
  void anotherOfficerNeitherListsNorFindsThePilot() {
    String reference = reference(propose("olivia", TestPilots.proposal()));

    assertThat(page("oscar", "/pilots")).doesNotContain(reference);
    for (String stranger : new String[] {"oscar", "cam"}) {
      HttpResponse<String> response = signedIn(stranger).getPage("/pilots/" + reference);
      assertThat(response.statusCode()).as("%s asks for olivia's pilot", stranger).isEqualTo(404);
      assertThat(response.body()).contains("Pilot not found").doesNotContain("Bus drivers refer");
    }
    assertThat(signedIn("oscar").getPage("/pilots/PIL-1999-0001").statusCode()).as("no such pilot").isEqualTo(404);
  }

  @Test
  void aManagerSeesThePilotsWaitingForManagersAndMayStopATrialSheDidNotPropose() {
    ProcessInstance inReview = propose("sam", TestPilots.proposal());
    String reviewRow = row(page("max", "/pilots"), reference(inReview));
    assertThat(reviewRow).contains("Review the proposal — waiting for a manager", "Open in Tasklist",
        "/camunda/app/tasklist/default/#/?task=" + openTask(inReview, REVIEW_PROPOSAL).getId());
    assertThat(row(page("sam", "/pilots"), reference(inReview))).as("not for its proposer, though a manager")
        .contains("Review the proposal — waiting for a manager").doesNotContain("Open in Tasklist");

    ProcessInstance inTrial = inTrial("sam", "max");
    String reference = reference(inTrial);
    assertThat(page("mia", "/pilots/" + reference)).contains("In trial")
        .containsPattern("id=\"stop-early\"[^>]*href=\"/pilots/" + reference + "/stop-early\">Stop the trial early</a>");
    assertThat(page("sam", "/pilots/" + reference)).as("the proposer, though a manager, may not")
        .contains("In trial").doesNotContain("stop-early");
    assertThat(page("olivia", "/pilots")).doesNotContain(reference);
  }

  @Test
  void anAuditorReadsAnyPilotsPage() {
    String reference = reference(propose("oscar", TestPilots.proposal()));

    assertThat(page("ada", "/pilots/" + reference)).contains(reference, "In review", "Referrals received")
        .doesNotContain("stop-early");
  }

  @Test
  void aPublishedPilotLinksToItsReport() {
    String reference = reference(stoppedAtGateAndPublished());

    assertThat(row(page("olivia", "/pilots"), reference)).contains("Stopped", "Nothing: it has ended",
        "href=\"/library/reports/DEMO/" + reference + "\"");
  }

  @Test
  void aWrongPageNumberIsRefusedAndStrangersMustSignIn() {
    HttpResponse<String> wrong = signedIn("olivia").getPage("/pilots?page=first");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("Page must be a whole number from 1");
    assertThat(signedIn("olivia").getPage("/pilots?page=0").statusCode()).isEqualTo(400);

    HttpResponse<String> anonymous = HttpTestClient.anonymous(port).getPage("/pilots");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void theLibraryLinksMyPilotsForThoseSignedIn() {
    assertThat(page("olivia", "/library")).contains("<a class=\"govuk-service-navigation__link\" href=\"/pilots\">");
    assertThat(HttpTestClient.anonymous(port).getPage("/library").body()).doesNotContain("href=\"/pilots\"");
  }

  private String page(String user, String path) {
    HttpResponse<String> response = signedIn(user).getPage(path);
    assertThat(response.statusCode()).as("%s opens %s", user, path).isEqualTo(200);
    return response.body();
  }

  private HttpTestClient signedIn(String user) {
    return HttpTestClient.signedIn(port, user, DemoUsers.PASSWORD);
  }

  /** The table row of the pilot with this reference; fails when the page lists no such pilot. */
  private static String row(String page, String reference) {
    int start = page.indexOf("data-reference=\"" + reference + "\"");
    assertThat(start).as("the page lists %s", reference).isNotNegative();
    return page.substring(start, page.indexOf("</tr>", start));
  }
}
