package org.pilotgate.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pilotgate.TestPilots.approve;
import static org.pilotgate.TestPilots.criterion;
import static org.pilotgate.TestPilots.evaluation;
import static org.pilotgate.TestPilots.gate;
import static org.pilotgate.TestPilots.plan;
import static org.pilotgate.TestPilots.successReport;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PUBLISH_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.RECORD_CHECK_IN;
import static org.pilotgate.process.LifecycleModel.REVIEW_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.ProcessData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Once the trial is planned the registration is frozen; only ADAPT opens it, as a new, flagged version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SuppressWarnings("unchecked")
class FrozenRegistrationTest extends PilotProcessTest {

  private static final String ENGINE = "/engine-rest";

  @LocalServerPort int port;
  @Autowired RegistrationVersions versions;
  @Autowired LibraryStore library;
  @Autowired AuditChain chain;

  @Test
  void planningFreezesVersionOneWithItsContentHash() {
    ProcessInstance pilot = inTrial("olivia", "mia");

    assertThat(versions.recorded(reference(pilot))).singleElement().satisfies(version -> {
      assertThat(version.version()).isEqualTo(1);
      assertThat(version.reason()).isEqualTo("trial planned");
      assertThat(version.contentHash()).hasSize(64)
          .isEqualTo(AuditChain.contentHash(ProcessData.convert(variable(pilot, "registration"), Registration.class)))
          .isEqualTo(variable(pilot, "registrationHash"));
    });
    assertThat((List<Object>) variable(pilot, "outcomeSwitching")).isEmpty();
  }

  @Test
  void aChangeThroughTheRestApiIsRefusedAndNothingIsSaved() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    Object criteria = variable(pilot, "successCriteria");
    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");

    HttpResponse<String> moved = admin.putJson(ENGINE + "/process-instance/" + pilot.getId()
        + "/variables/successCriteria", Map.of("type", "Json", "value",
            ProcessData.write(List.of(criterion("Referrals received", "per month", 1, 5, "INCREASE", true)))));
    HttpResponse<String> removed = admin.delete(ENGINE + "/process-instance/" + pilot.getId() + "/variables/registration");
    HttpResponse<String> retitled = admin.postJson(ENGINE + "/process-instance/" + pilot.getId() + "/variables",
        Map.of("modifications", Map.of("title", Map.of("value", "Something else"),
            "checkInNotes", Map.of("value", "harmless"))));

    assertThat(moved.statusCode()).isEqualTo(403);
    assertThat(moved.body()).contains("'successCriteria' belongs to the pilot's own steps");
    assertThat(removed.statusCode()).isEqualTo(403);
    assertThat(removed.body()).contains("'registration' belongs to the pilot's own steps");
    assertThat(retitled.statusCode()).isEqualTo(403);
    assertThat(variable(pilot, "successCriteria")).isEqualTo(criteria);
    assertThat(variable(pilot, "title")).isEqualTo("Bus drivers refer isolated older passengers");
    assertThat(variable(pilot, "checkInNotes")).as("the whole request rolled back").isNull();
    assertThat(versions.recorded(reference(pilot))).hasSize(1);
  }

  @Test
  void aFormThatSendsRegistrationFieldsDuringTheTrialIsRefused() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    fire(pilot, CHECK_IN_DUE);

    assertThatThrownBy(() -> complete(pilot, RECORD_CHECK_IN, "olivia", Variables.createVariables()
        .putValue("checkInStatus", "ON_TRACK").putValue("checkInNotes", "Fine")
        .putValue("plannedParticipants", 40)))
        .hasMessageContaining("Planned number of participants is not a field of the form 'record-check-in'");
    assertThat(openTask(pilot, RECORD_CHECK_IN)).isNotNull();
    assertThat(variable(pilot, "plannedParticipants")).isEqualTo(120);
  }

  @Test
  void adaptingRecordsANewVersionWithItsReasonAndTheReportFlagsTheSwitchedCriterion() {
    ProcessInstance pilot = inTrial("olivia", "mia");
    evaluated(pilot, evaluation(25, 30000, 4));
    complete(pilot, DECIDE_GATE, "mia", gate("ADAPT", null)
        .putValue("adaptation", "Train drivers in groups to halve the cost."));
    complete(pilot, PLAN_TRIAL, "olivia", plan().putValue("successCriteria", ProcessData.json(List.of(
        criterion("Referrals received", "per month", 3, 20, "INCREASE", true),
        criterion("Loneliness score", "UCLA 3-item", 7, 6, "DECREASE", false)))));

    List<RegistrationFrozen.Version> recorded = versions.recorded(reference(pilot));
    assertThat(recorded).extracting(RegistrationFrozen.Version::version).containsExactly(1, 2);
    assertThat(recorded.get(1).reason()).isEqualTo("adapted at the gate: Train drivers in groups to halve the cost.");
    assertThat(recorded.get(1).contentHash()).isNotEqualTo(recorded.get(0).contentHash());
    String switched = "Success criterion 'Referrals received' baseline: 1.0 → 3.0";
    assertThat(chainPayload(pilot, 2)).contains("\"changes\":[\"" + switched + "\"]");
    assertThat((List<Object>) variable(pilot, "outcomeSwitching")).containsExactly(switched);

    evaluated(pilot, evaluation(22, 14000, 3));
    complete(pilot, DECIDE_GATE, "mia", gate("SCALE", null));
    complete(pilot, WRITE_SUCCESS_REPORT, "olivia", successReport());
    complete(pilot, REVIEW_SUCCESS_REPORT, "mia", approve("reportReviewDecision"));
    fire(pilot, PUBLISH_SUCCESS_REPORT);

    assertThat(library.findLocal(reference(pilot))).get().satisfies(published -> {
      assertThat(published.document().registrationVersion()).isEqualTo(2);
      assertThat(published.document().outcomeSwitching()).containsExactly(switched);
    });
  }

  private String chainPayload(ProcessInstance pilot, int version) {
    return chain.entriesOf(reference(pilot)).stream()
        .filter(entry -> entry.kind() == AuditChain.Kind.REGISTRATION_VERSION)
        .skip(version - 1).findFirst().orElseThrow().payload();
  }
}
