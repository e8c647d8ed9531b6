package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pilotgate.PilotJourney;
import org.pilotgate.trial.EarlyStops;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives pilots through the real engine on a real (in-memory H2) database, as the demo users. The
 * job executor is off: tests fire timers and asynchronous steps themselves. The steps and journeys
 * are {@link PilotJourney}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PilotProcessTest implements PilotJourney {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected ManagementService management;
  @Autowired protected IdentityService identity;
  @Autowired private JdbcTemplate database;
  @Autowired private EarlyStops earlyStops;

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public EarlyStops earlyStops() {
    return earlyStops;
  }

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  /**
   * Runs the pilot's publish job at {@code activityId} while the library's table is away: every
   * attempt fails and uses up a retry, until the last one opens an incident. Returns the job.
   */
  protected Job publishingFailsUntilAnIncident(ProcessInstance pilot, String activityId) {
    Job publish = management.createJobQuery().processInstanceId(pilot.getId()).activityId(activityId).singleResult();
    database.execute("ALTER TABLE published_report RENAME TO published_report_unavailable");
    try {
      while (runtime.createIncidentQuery().processInstanceId(pilot.getId()).count() == 0) {
        assertThatThrownBy(() -> management.executeJob(publish.getId())).isNotNull();
      }
    } finally {
      database.execute("ALTER TABLE published_report_unavailable RENAME TO published_report");
    }
    return publish;
  }
}
