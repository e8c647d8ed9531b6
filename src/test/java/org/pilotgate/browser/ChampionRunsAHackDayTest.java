package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.pilotgate.TestPilots;
import org.pilotgate.hackday.HackDayModel;
import org.pilotgate.process.LifecycleModel;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A hack day from end to end: cam plans it in Tasklist, olivia submits an idea on PilotGate's page,
 * the window closes, cam triages the idea into a pilot in Tasklist, and olivia finds the proposal
 * filled in from her idea in her Tasklist, and the outcome in her mail (GreenMail, a real SMTP server).
 */
@TestPropertySource(properties = {"pilotgate.mail.send-interval=PT1S", "pilotgate.mail.first-retry-after=PT0S"})
class ChampionRunsAHackDayTest extends BrowserTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private final String theme = "Quicker bin rounds " + UUID.randomUUID().toString().substring(0, 8);
  private final String idea = "Text residents before their round changes " + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void camPlansOliviaSubmitsCamTriagesItIntoAPilotAndOliviaCompletesTheProposal() throws Exception {
    browser.signInAs("cam");
    Tasklist tasklist = new Tasklist(browser).open();
    CamundaForm plan = tasklist.startProcess("Hack day");
    plan.type("Date of the hack day", CamundaForm.typed(TestPilots.TODAY.plusDays(10)))
        .type("Theme", theme)
        .tick("Waste and recycling")
        .type("Teams invited", "Waste crews and the contact centre")
        .type("Ideas open from", CamundaForm.typed(TestPilots.TODAY))
        .type("Ideas close on", CamundaForm.typed(TestPilots.TODAY.plusDays(7)))
        .holdsWhatWasTyped();
    browser.screenshot("plan-hack-day");
    tasklist.start();
    ProcessInstance hackDay = browser.waitUntil(d -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(HackDayModel.PROCESS).variableValueEquals("theme", theme).singleResult());
    String reference = hackDay.getBusinessKey();

    browser.signInAs("olivia");
    browser.open("/hack-days");
    browser.find(By.linkText(theme)).click();
    browser.find(By.id("ideaTitle")).sendKeys(idea);
    browser.find(By.id("ideaProblem")).sendKeys("Residents put bins out on the old day and call us.");
    browser.find(By.id("ideaText")).sendKeys("A text the day before a round changes.");
    browser.find(By.id("hoursSaved")).sendKeys("6");
    browser.screenshot("submit-idea");
    browser.find(By.id("submit-idea")).click();
    assertThat(browser.find(By.id("idea-submitted")).getText()).contains("Your idea is in");
    Axe.check(browser, "hack-day-report");

    fire(hackDay, HackDayModel.IDEAS_WINDOW_CLOSED); // as the job executor does at the end of the window's last day

    browser.signInAs("cam");
    Task triage = tasks.createTaskQuery().processInstanceId(hackDay.getId()).taskDefinitionKey(HackDayModel.TRIAGE_IDEA)
        .singleResult();
    CamundaForm form = openTask(triage).claim();
    assertThat(form.text()).contains(idea, "olivia", reference);
    form.tick("Start it as a pilot proposal");
    browser.screenshot("triage-idea");
    tasklist.complete();

    ProcessInstance pilot = browser.waitUntil(d -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(LifecycleModel.PROCESS).variableValueEquals("title", idea).singleResult());
    browser.signInAs("olivia");
    Task proposal = tasks.createTaskQuery().processInstanceId(pilot.getId())
        .taskDefinitionKey(LifecycleModel.COMPLETE_PROPOSAL).singleResult();
    assertThat(proposal.getAssignee()).isEqualTo("olivia");
    CamundaForm filledIn = openTask(proposal).form();
    assertThat(filledIn.valueOf("Title")).isEqualTo(idea);
    assertThat(filledIn.valueOf("The problem")).isEqualTo("Residents put bins out on the old day and call us.");
    browser.screenshot("proposal-from-idea");

    MimeMessage outcome = browser.waitUntil(d -> Arrays.stream(SMTP.getReceivedMessages())
        .filter(mail -> subject(mail).contains(idea)).findFirst().orElse(null), Duration.ofSeconds(60));
    assertThat(GreenMailUtil.getAddressList(outcome.getAllRecipients())).contains("olivia");
    assertThat(GreenMailUtil.getBody(outcome)).contains(pilot.getBusinessKey());

    browser.open("/hack-days/" + reference);
    assertThat(browser.find(By.id("ideas")).getText()).contains(idea, "Start it as a pilot proposal",
        pilot.getBusinessKey());
    browser.readmeScreenshot("hack-day-report", "hack-day-report");
  }

  private Tasklist openTask(Task task) {
    browser.open(Tasklist.PATH + "#/?task=" + task.getId() + "&detailsTab=task-detail-form");
    browser.find(By.cssSelector(".fjs-container"));
    return new Tasklist(browser);
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
