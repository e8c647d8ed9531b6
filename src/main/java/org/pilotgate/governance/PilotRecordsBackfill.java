package org.pilotgate.governance;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  private static final int PAGE = 500;

  private final RuntimeService runtime;
  private final PilotRecords records;
  private final JdbcTemplate jdbc;

  PilotRecordsBackfill(RuntimeService runtime, PilotRecords records, JdbcTemplate jdbc) {
    this.runtime = runtime;
    this.records = records;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void recordRunningPilots() {
    Set<String> recorded = new HashSet<>(jdbc.queryForList("SELECT process_instance_id FROM pilot_record", String.class));
    int added = 0;
    for (int first = 0; ; first += PAGE) {
      List<ProcessInstance> page = runtime.createProcessInstanceQuery().processDefinitionKey("pilot-lifecycle")
          .orderByProcessInstanceId().asc().listPage(first, PAGE);
      for (ProcessInstance pilot : page) {
        if (!recorded.contains(pilot.getId()) && record(pilot)) {
          added++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    if (added > 0) {
      LOG.info("Recorded the governing facts of {} pilots that were running before pilot records existed", added);
    }
  }

  private boolean record(ProcessInstance pilot) {
    Map<String, Object> facts = runtime.getVariables(pilot.getId(), List.of("pilotReference", "proposer",
        "registrationVersion", "recommendation", "recommendationRationale"));
    if (facts.get("pilotReference") == null || facts.get("proposer") == null) {
      return false; // its proposal step never finished: no pilot to record
    }
    records.proposed(pilot.getId(), (String) facts.get("pilotReference"), (String) facts.get("proposer"), Instant.now());
    if (facts.get("registrationVersion") != null) {
      records.trialPlanned(pilot.getId(), Instant.now());
    }
    if (facts.get("recommendation") != null) {
      records.recommended(pilot.getId(), (String) facts.get("recommendation"),
          (String) facts.get("recommendationRationale"));
    }
    return true;
  }
}
