package org.pilotgate.governance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the pilots that were already running before PilotGate kept its own records one, when
 * PilotGate starts: their facts are taken from their variables once, at the upgrade, while nobody
 * could yet have changed them around the model's steps.
 */
@Component
class PilotRecordsBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(PilotRecordsBackfill.class);

  private final RuntimeService runtime;
  private final PilotRecords records;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  PilotRecordsBackfill(RuntimeService runtime, PilotRecords records, JdbcTemplate jdbc, Clock clock) {
    this.runtime = runtime;
    this.records = records;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void recordRunningPilots() {
    int added = 0;
    for (String pilot : runningPilotsWithoutARecord()) {
      if (record(pilot)) {
        added++;
      }
    }
    if (added > 0) {
      LOG.info("Recorded the governing facts of {} pilots that were running before pilot records existed", added);
    }
  }

  /** One anti-join over the engine's running instances: it costs little when none is missing. */
  private List<String> runningPilotsWithoutARecord() {
    return jdbc.queryForList("SELECT e.ID_ FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_ "
        + "WHERE e.ID_ = e.PROC_INST_ID_ AND d.KEY_ = 'pilot-lifecycle' "
        + "AND NOT EXISTS (SELECT 1 FROM pilot_record r WHERE r.process_instance_id = e.ID_)", String.class);
  }

  private boolean record(String pilot) {
    Map<String, Object> facts = runtime.getVariables(pilot, List.of(PilotRecords.REFERENCE_VARIABLE,
        PilotRecords.PROPOSER_VARIABLE, PilotRecords.REGISTRATION_VERSION_VARIABLE,
        PilotRecords.RECOMMENDATION_VARIABLE, PilotRecords.RECOMMENDATION_RATIONALE_VARIABLE));
    String reference = (String) facts.get(PilotRecords.REFERENCE_VARIABLE);
    String proposer = (String) facts.get(PilotRecords.PROPOSER_VARIABLE);
    if (reference == null || proposer == null) {
      return false; // its proposal step never finished: no pilot to record
    }
    records.proposed(pilot, reference, proposer, clock.instant());
    if (facts.get(PilotRecords.REGISTRATION_VERSION_VARIABLE) != null) {
      records.trialPlanned(pilot, clock.instant());
    }
    String recommendation = (String) facts.get(PilotRecords.RECOMMENDATION_VARIABLE);
    if (recommendation != null) {
      records.recommended(pilot, recommendation, (String) facts.get(PilotRecords.RECOMMENDATION_RATIONALE_VARIABLE));
    }
    return true;
  }
}
