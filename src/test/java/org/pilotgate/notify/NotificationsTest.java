package org.pilotgate.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REMINDER_DUE;
import static org.pilotgate.process.LifecycleModel.REPORT_DEADLINE_PASSED;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Notifications sent through a real SMTP server (GreenMail) on a free port. Tests deliver the
 * outbox themselves. Other tests' pilots may share the database (PostgreSQL), so every assertion
 * looks at the mails about this test's own pilot.
 */
@TestPropertySource(properties = {
    "pilotgate.public-url=https://pilots.example.gov.uk/",
    "pilotgate.mail.first-retry-after=PT0S"})
class NotificationsTest extends PilotProcessTest {

  static final String TASKLIST = "https://pilots.example.gov.uk/camunda/app/tasklist/default/#/?task=";

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired OutboxSender sender;
  @Autowired WeeklyDigest digest;
  @Autowired Notifications notifications;
  @Autowired JdbcTemplate jdbc;
  @MockitoSpyBean Outbox outbox;

  @Test
  void aProposalOfferedToManagersMailsEachManagerOnceWithALinkToTheTask() {
    ProcessInstance pilot = propose("olivia", proposal());
    Task review = openTask(pilot, REVIEW_PROPOSAL);
    deliverAll();

    for (String manager : List.of("mia", "max", "sam")) {
      List<MimeMessage> mails = mailsAbout(pilot, manager);
      assertThat(mails).as("mails to %s", manager).hasSize(1);
      assertThat(subject(mails.get(0))).isEqualTo(reference(pilot) + " · Review the proposal is waiting for your team");
      assertThat(text(mails.get(0))).contains(TASKLIST + review.getId(), "Bus drivers refer isolated older passengers");
    }
    assertThat(mailsAbout(pilot, "olivia")).as("the proposer is told the reference, not asked to review")
        .extracting(NotificationsTest::subject)
        .containsExactly(reference(pilot) + " proposed: Bus drivers refer isolated older passengers");

    // the same task event handled again (a replayed listener) is not mailed again
    notifications.taskOffered(new PilotTask(review.getId(), REVIEW_PROPOSAL, review.getName(), reference(pilot),
        "Bus drivers refer isolated older passengers", null), List.of("managers"), null);
    deliverAll();
    assertThat(mailsAbout(pilot, "mia")).hasSize(1);
  }

  @Test
  void aDecisionIsNotMailedToTheManagerWhoProposedThePilot() {
    ProcessInstance pilot = propose("sam", proposal());
    deliverAll();
    assertThat(mailsAbout(pilot, "mia")).as("another manager is asked to review").hasSize(1);
    assertThat(mailsAbout(pilot, "sam")).as("sam proposed it, so may not review it (four-eyes)")
        .extracting(NotificationsTest::subject)
        .containsExactly(reference(pilot) + " proposed: Bus drivers refer isolated older passengers");

    complete(pilot, REVIEW_PROPOSAL, "mia", TestPilots.approve("reviewDecision"));
    complete(pilot, PLAN_TRIAL, "sam", TestPilots.plan());
    evaluated(pilot, evaluation(2, 15000, 3));
    deliverAll();
    String gateWaiting = reference(pilot) + " · Decide the evaluation gate is waiting for your team";
    assertThat(mailsAbout(pilot, "max")).extracting(NotificationsTest::subject).contains(gateWaiting);
    assertThat(mailsAbout(pilot, "sam")).extracting(NotificationsTest::subject).doesNotContain(gateWaiting);
  }

  @Test
  void nothingIsMailedWhenATrialStartsAndTheProposerIsToldWhenAManagerStopsIt() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    deliverAll();
    for (String manager : List.of("mia", "max", "sam")) {
      assertThat(mailsAbout(pilot, manager)).as("%s is mailed only the review", manager).hasSize(1);
    }
    int mailsToOlivia = mailsAbout(pilot, "olivia").size();

    stopEarly(pilot, "max", "HARM", "Two passengers complained of pressure to join.");
    deliverAll();

    List<MimeMessage> stopped = mailsAbout(pilot, "olivia").stream()
        .filter(mail -> subject(mail).equals(reference(pilot) + " stopped early: Bus drivers refer isolated older passengers"))
        .toList();
    assertThat(stopped).hasSize(1);
    assertThat(text(stopped.get(0))).contains("max has stopped the trial", "Harm to residents, staff or others",
        "Two passengers complained of pressure to join.", "failure report");
    assertThat(html(stopped.get(0))).contains("Two passengers complained of pressure to join.");
    assertThat(mailsAbout(pilot, "olivia")).hasSizeGreaterThan(mailsToOlivia);
    for (String manager : List.of("mia", "max", "sam")) {
      assertThat(mailsAbout(pilot, manager)).as("no manager is mailed about the stop").hasSize(1);
    }
  }

  @Test
  void aManagerWithoutAnAddressIsSkippedAndTheOthersAreMailed() {
    String noAddress = "nomail" + java.util.UUID.randomUUID().toString().substring(0, 8);
    identity.saveUser(identity.newUser(noAddress));
    identity.createMembership(noAddress, "managers");
    try {
      ProcessInstance pilot = propose("olivia", proposal());
      deliverAll();

      assertThat(mailsAbout(pilot, "mia")).hasSize(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, noAddress))
          .isZero();
    } finally {
      identity.deleteUser(noAddress);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "APPROVE,         approved:,      has been approved,  Well evidenced.",
      "REQUEST_CHANGES, needs changes:, Please revise it,   Name the bus operators.",
      "REJECT,          rejected:,      has been rejected,  Duplicates the befriending service."})
  void theProposerLearnsTheOutcomeAndWhy(String decision, String subject, String sentence, String reasons) {
    ProcessInstance pilot = propose("olivia", proposal());
    complete(pilot, REVIEW_PROPOSAL, "max", Variables.createVariables()
        .putValue("reviewDecision", decision).putValue("reviewComments", reasons));
    Task next = tasks.createTaskQuery().processInstanceId(pilot.getId()).taskAssignee("olivia").singleResult();
    deliverAll();

    List<MimeMessage> mails = mailsAbout(pilot, "olivia").stream().filter(mail -> !proposedMail(mail)).toList();
    assertThat(mails).hasSize(1);
    assertThat(subject(mails.get(0))).isEqualTo(reference(pilot) + " " + subject + " Bus drivers refer isolated older passengers");
    assertThat(text(mails.get(0))).contains(sentence, reasons, TASKLIST + next.getId());
    assertThat(html(mails.get(0))).contains(reasons);
  }

  @Test
  void theProposerIsToldTheReferenceOnceWhenTheyPropose() {
    ProcessInstance pilot = propose("olivia", proposal());
    deliverAll();

    List<MimeMessage> mails = mailsAbout(pilot, "olivia");
    assertThat(mails).singleElement().satisfies(mail -> {
      assertThat(subject(mail)).isEqualTo(reference(pilot) + " proposed: Bus drivers refer isolated older passengers");
      assertThat(text(mail)).contains("Its reference is " + reference(pilot),
          "https://pilots.example.gov.uk/camunda/app/tasklist/default/");
      assertThat(html(mail)).contains("<strong>" + reference(pilot) + "</strong>");
    });
  }

  @Test
  void theProposerIsToldWhereTheirPublishedReportIs() {
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");
    publishFailureReport(pilot, "max");
    deliverAll();

    List<MimeMessage> published = mailsAbout(pilot, "olivia").stream()
        .filter(mail -> subject(mail).contains("is published in the learning library")).toList();
    assertThat(published).singleElement().satisfies(mail -> {
      assertThat(subject(mail)).isEqualTo(reference(pilot)
          + " is published in the learning library: Bus drivers refer isolated older passengers");
      assertThat(text(mail)).contains("The failure report of your pilot",
          "https://pilots.example.gov.uk/library/reports/");
    });
    assertThat(mailsAbout(pilot, "max")).noneMatch(mail -> subject(mail).contains("is published"));
  }

  @Test
  void theAuthorIsRemindedOfTheFailureReportAndToldWhenItIsOverdue() {
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");
    Task draft = openTask(pilot, DRAFT_FAILURE_REPORT);
    fire(pilot, REMINDER_DUE);
    fire(pilot, REPORT_DEADLINE_PASSED);
    deliverAll();

    List<MimeMessage> aboutTheReport = mailsAbout(pilot, "olivia").stream()
        .filter(mail -> subject(mail).contains("failure report")).toList();
    assertThat(aboutTheReport).extracting(NotificationsTest::subject).containsExactlyInAnyOrder(
        reference(pilot) + " · Draft the failure report is waiting for you",
        "Reminder: the failure report for " + reference(pilot) + " is due on " + dueDay(pilot),
        "Overdue: the failure report for " + reference(pilot) + " was due on " + dueDay(pilot));
    assertThat(aboutTheReport).allSatisfy(mail -> assertThat(text(mail)).contains(TASKLIST + draft.getId()));
    assertThat(mailsAbout(pilot, "mia")).extracting(NotificationsTest::subject)
        .contains(reference(pilot) + " · Chase the overdue failure report is waiting for your team");
  }

  @Test
  void aMailRefusedByTheServerIsSentLaterExactlyOnce() {
    ProcessInstance pilot = propose("olivia", proposal());
    SMTP.stop();
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        sender.sendDue();
        return failedAttempts(pilot, "mia") > 0;
      });
    } finally {
      SMTP.start();
    }
    assertThat(mailsAbout(pilot, "mia")).isEmpty();

    deliverAll();
    deliverAll();

    assertThat(mailsAbout(pilot, "mia")).hasSize(1);
    assertThat(mailsAbout(pilot, "max")).hasSize(1);
  }

  @Test
  void aJobThatFailsAfterWritingItsMailAndIsRetriedSendsItOnce() {
    ProcessInstance pilot = stoppedAtTheGate("olivia", "max", "mia");
    doAnswer(call -> {
      call.callRealMethod();
      throw new IllegalStateException("the step fails after its mail was written");
    }).doCallRealMethod().when(outbox).enqueue(argThat(mail -> mail != null && mail.kind() == MailKind.REPORT_REMINDER), any());

    assertThatThrownBy(() -> fire(pilot, REMINDER_DUE)).hasMessage("the step fails after its mail was written");
    deliverAll();
    assertThat(reminders(pilot)).as("a step rolled back sends nothing").isEmpty();

    fire(pilot, REMINDER_DUE);
    deliverAll();
    deliverAll();
    assertThat(reminders(pilot)).hasSize(1);
  }

  @Test
  void theWeeklyDigestListsAWaitingGateAndAnOverdueReport() {
    ProcessInstance atGate = atTheGate("olivia", "max");
    ProcessInstance samsOwn = atTheGate("sam", "max");
    ProcessInstance overdue = stoppedAtTheGate("olivia", "max", "mia");
    fire(overdue, REPORT_DEADLINE_PASSED);
    Instant monday = Instant.parse("2026-11-30T07:00:00Z");

    digest.send(monday);
    digest.send(monday);
    deliverAll();

    List<MimeMessage> digests = received("mia").stream().filter(mail -> subject(mail).startsWith("PilotGate week 2026-W49")).toList();
    assertThat(digests).hasSize(1);
    assertThat(text(digests.get(0))).contains(
        reference(atGate) + " · Decide the evaluation gate",
        TASKLIST + openTask(atGate, DECIDE_GATE).getId(),
        reference(overdue) + " · Bus drivers refer isolated older passengers, due " + dueDay(overdue));
    assertThat(text(digests.get(0))).contains(reference(samsOwn) + " · Decide the evaluation gate");

    List<MimeMessage> samsDigests = received("sam").stream()
        .filter(mail -> subject(mail).startsWith("PilotGate week 2026-W49")).toList();
    assertThat(samsDigests).hasSize(1);
    assertThat(text(samsDigests.get(0))).as("four-eyes: not asked to decide the gate of the pilot sam proposed")
        .contains(reference(atGate)).doesNotContain(reference(samsOwn));
  }

  @Test
  void sentMailsAreForgottenAfterAWhile() {
    ProcessInstance pilot = propose("olivia", TestPilots.proposalNaming(Map.of("name", "Outbox Partner " + System.nanoTime(),
        "sector", "PRIVATE", "role", "Helps")));
    deliverAll();
    assertThat(outboxRowsAbout(pilot)).as("three managers, the proposer, and the champion asked to confirm its partner")
        .isEqualTo(5);

    outbox.forgetSentBefore(Instant.now().minusSeconds(3600));
    assertThat(outboxRowsAbout(pilot)).as("sent within the hour: kept").isEqualTo(5);
    outbox.forgetSentBefore(Instant.now().plusSeconds(1));
    assertThat(outboxRowsAbout(pilot)).isZero();
  }

  /** Delivers until nothing is due: other tests' mails may share the outbox (PostgreSQL). */
  private void deliverAll() {
    while (sender.sendDue() > 0) {
      // next batch
    }
  }

  private int failedAttempts(ProcessInstance pilot, String user) {
    return jdbc.queryForObject("SELECT COALESCE(MAX(attempts), 0) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?"
        + " AND state = 'PENDING'", Integer.class, user, "%" + reference(pilot) + "%");
  }

  private int outboxRowsAbout(ProcessInstance pilot) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE ?", Integer.class,
        "%" + reference(pilot) + "%");
  }


  private List<MimeMessage> reminders(ProcessInstance pilot) {
    return mailsAbout(pilot, "olivia").stream().filter(mail -> subject(mail).startsWith("Reminder")).toList();
  }

  /** The report's due day as mails write it, like "4 February 2027". */
  private String dueDay(ProcessInstance pilot) {
    return ((java.util.Date) variable(pilot, "failureReportDueDate")).toInstant()
        .atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()
        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
  }

  private static boolean proposedMail(MimeMessage mail) {
    return subject(mail).contains(" proposed: ");
  }

  /** Mails received by a demo user about this pilot (its reference in the subject or text). */
  private List<MimeMessage> mailsAbout(ProcessInstance pilot, String user) {
    String reference = reference(pilot);
    return received(user).stream().filter(mail -> subject(mail).contains(reference) || text(mail).contains(reference)).toList();
  }

  private static List<MimeMessage> received(String user) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> addressedTo(mail, user + "@")).toList();
  }

  private static boolean addressedTo(MimeMessage mail, String addressStart) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().startsWith(addressStart));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage mail) {
    return part(mail, "text/plain");
  }

  private static String html(MimeMessage mail) {
    return part(mail, "text/html");
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          String found = part(child, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
