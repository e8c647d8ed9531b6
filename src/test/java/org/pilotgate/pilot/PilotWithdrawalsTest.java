package org.pilotgate.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.PUBLISH_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.TRIAL;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator may withdraw a pilot before its trial is planned, and that is on the record; after
 * that nobody deletes, cancels or moves it: it leaves only by being stopped and reporting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PilotWithdrawalsTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired PilotRecords records;
  @Autowired AuditChain chain;

  @Test
  void anOperatorWithdrawsAPilotBeforeItsTrialAndTheRecordSaysWhoAndWhy() {
    ProcessInstance pilot = propose("olivia", proposal());

    as("admin", () -> {
      runtime.deleteProcessInstance(pilot.getId(), "Duplicate of PIL-2026-0001");
      return null;
    });

    PilotRecords.PilotRecord record = records.of(pilot.getId());
    assertThat(record.withdrawnBy()).isEqualTo("admin");
    assertThat(record.withdrawnReason()).isEqualTo("Duplicate of PIL-2026-0001");
    assertThat(chain.entriesOf(pilot.getBusinessKey())).extracting(AuditChain.Entry::kind)
        .containsExactly(AuditChain.Kind.PROPOSAL, AuditChain.Kind.WITHDRAWAL);
    assertThat(chain.entriesOf(pilot.getBusinessKey()).get(1)).satisfies(entry -> {
      assertThat(entry.actor()).isEqualTo("admin");
      assertThat(entry.payload()).contains("Duplicate of PIL-2026-0001");
    });
    assertThat(chain.verify(pilot.getBusinessKey()).intact()).isTrue();
    assertThat(HttpTestClient.anonymous(port).getPage("/library/compliance").body())
        .contains("Withdrawn before their trial", pilot.getBusinessKey());
  }

  @Test
  void aWithdrawalThroughTheRestApiWithoutAReasonSaysSo() {
    ProcessInstance pilot = propose("olivia", proposal());

    assertThat(admin().delete("/engine-rest/process-instance/" + pilot.getId()).statusCode()).isEqualTo(204);

    assertThat(records.of(pilot.getId()).withdrawnReason()).isEqualTo(PilotWithdrawals.NO_REASON);
  }

  @Test
  void nobodyDeletesAPilotOnceItsTrialIsPlanned() {
    ProcessInstance pilot = inTrial("olivia", "max");

    HttpResponse<String> deleted = admin().delete("/engine-rest/process-instance/" + pilot.getId());
    assertThat(deleted.statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.json(deleted).path("message").asText()).contains("has had its trial planned");
    assertThat(admin().postJson("/engine-rest/process-instance/delete", Map.of("processInstanceIds",
        List.of(pilot.getId()), "deleteReason", "tidy up")).statusCode()).isEqualTo(200);
    executeBatchJobs();
    assertThatThrownBy(() -> as("admin", () -> {
      runtime.deleteProcessInstance(pilot.getId(), "cancelled", true, true);
      return null;
    })).hasMessageContaining("cannot be deleted or cancelled");

    assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
    assertThat(records.of(pilot.getId()).withdrawnAt()).isNull();
  }

  @Test
  void nobodyMovesAPilotByModifyingOrRestartingIt() {
    ProcessInstance pilot = inTrial("olivia", "max");
    HttpTestClient admin = admin();

    assertThat(admin.postJson("/engine-rest/process-instance/" + pilot.getId() + "/modification", Map.of(
        "skipCustomListeners", true, "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", PUBLISH_SUCCESS_REPORT),
            Map.of("type", "cancel", "activityId", TRIAL))))
        .statusCode()).isEqualTo(403);
    assertThat(admin.postJson("/engine-rest/process-instance/" + pilot.getId() + "/modification-async", Map.of(
        "instructions", List.of(Map.of("type", "cancel", "activityId", TRIAL))))
        .statusCode()).isEqualTo(403);
    String timer = management.createJobQuery().processInstanceId(pilot.getId()).activityId(TRIAL_END_REACHED)
        .singleResult().getExecutionId();
    assertThat(admin.postJson("/engine-rest/execution/" + timer + "/signal", Map.of()).statusCode()).isEqualTo(403);

    assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
  }

  /** Runs what a batch left for the job executor (which is off in tests): its seed and its deletions. */
  private void executeBatchJobs() {
    for (int round = 0; round < 3; round++) {
      // a batch's jobs belong to no process definition; a timer start event's do
      management.createJobQuery().list().stream()
          .filter(job -> job.getProcessDefinitionKey() == null && job.getExceptionMessage() == null)
          .forEach(job -> {
            try {
              management.executeJob(job.getId());
            } catch (RuntimeException refused) {
              // the deletion of a pilot in trial fails in its batch job, which is the point
            }
          });
    }
  }

  private HttpTestClient admin() {
    return HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD);
  }
}
