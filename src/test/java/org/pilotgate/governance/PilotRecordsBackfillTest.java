package org.pilotgate.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.evaluation;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A pilot that was running before PilotGate kept its own records gets one when PilotGate starts. */
class PilotRecordsBackfillTest extends PilotProcessTest {

  @Autowired PilotRecordsBackfill backfill;
  @Autowired PilotRecords records;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRunningPilotWithoutARecordIsRecordedFromItsFactsAtStartUp() {
    ProcessInstance pilot = inTrial("olivia", "max");
    evaluated(pilot, evaluation(2, 15000, 3));
    PilotRecords.PilotRecord before = records.of(pilot.getId());
    jdbc.update("DELETE FROM pilot_record WHERE process_instance_id = ?", pilot.getId());

    backfill.recordRunningPilots();

    PilotRecords.PilotRecord after = records.of(pilot.getId());
    assertThat(after.reference()).isEqualTo(pilot.getBusinessKey());
    assertThat(after.proposer()).isEqualTo("olivia");
    assertThat(after.trialPlanned()).isTrue();
    assertThat(after.recommendation()).isEqualTo(before.recommendation()).isNotNull();
    assertThat(after.recommendationRationale()).isEqualTo(before.recommendationRationale());
  }

  @Test
  void pilotsThatHaveARecordAreLeftAsTheyAre() {
    ProcessInstance pilot = inTrial("olivia", "max");
    PilotRecords.PilotRecord before = records.of(pilot.getId());

    backfill.recordRunningPilots();

    assertThat(records.of(pilot.getId())).isEqualTo(before);
  }
}
