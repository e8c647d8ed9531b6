package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A stopped pilot's timeline holds each step with who took it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired Timeline timeline;

  @Test
  void aStoppedPilotsTimelineShowsEveryStepAndWhoTookIt() {
    ProcessInstance pilot = stoppedAtGateAndPublished();

    List<Timeline.Event> events = timeline.of(pilot.getBusinessKey()).orElseThrow();

    assertThat(events).filteredOn(e -> e.type().equals("TASK_COMPLETED")).extracting(Timeline.Event::who)
        .containsSubsequence("max", "olivia", "olivia", "mia", "olivia", "max");
    assertThat(events).filteredOn(e -> e.type().equals("TASK_COMPLETED") && e.activity().endsWith("Review the proposal"))
        .singleElement().satisfies(e -> assertThat(e.details().get("submitted").toString())
            .contains("reviewDecision=APPROVE"));
    assertThat(events).filteredOn(e -> e.type().equals("TASK_CANDIDATE_ADD"))
        .extracting(e -> e.details().get("group")).contains("managers");
    assertThat(events).filteredOn(e -> e.type().equals("DECISION_EVALUATED")).singleElement()
        .satisfies(e -> assertThat(e.details().get("outputs").toString()).contains("recommendation=STOP"));
    assertThat(events).filteredOn(e -> e.type().equals("GATE_DECISION")).singleElement()
        .extracting(Timeline.Event::who).isEqualTo("mia");
    assertThat(events).extracting(Timeline.Event::type).contains("ACTIVITY_STARTED", "ACTIVITY_ENDED",
        "REGISTRATION_VERSION", "PUBLICATION", "OPERATION");
    assertThat(events).extracting(Timeline.Event::at).isSorted();
  }

  @Test
  void auditorsReadTimelinesOthersMayNot() {
    ProcessInstance pilot = propose("olivia", proposal());
    var read = HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD).get("/api/audit/pilots/" + pilot.getBusinessKey());
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode events = HttpTestClient.json(read);
    assertThat(events.size()).isPositive();
    assertThat(HttpTestClient.basic(port, "olivia", DemoUsers.PASSWORD)
        .get("/api/audit/pilots/" + pilot.getBusinessKey()).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD).get("/api/audit/pilots/PIL-1999-0001")
        .statusCode()).isEqualTo(404);
  }
}
