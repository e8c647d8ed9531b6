package org.pilotgate.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must not change when someone attacks a pilot through the engine API: its register row, its
 * entries in the audit chain, its library rows and report obligation, whether it runs and where, its
 * timers (when its trial ends), its history (what auditors read), and every process variable. Claims, assignees, comments and dates
 * are not among them.
 */
record PilotFacts(Map<String, Object> register, long auditEntries, String lastAuditHash,
    List<Map<String, Object>> libraryRows, List<Map<String, Object>> obligation, boolean running, boolean historyKept,
    boolean ended, List<String> activities, List<String> timers, Map<String, String> variables) {

  /** Reads the facts as the database holds them, without any user's authorizations. */
  record Reader(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history, boolean hasRegister) {

    static Reader of(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history) {
      Integer tables = jdbc.queryForObject(
          "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'pilot_record'", Integer.class);
      return new Reader(jdbc, runtime, history, tables != null && tables > 0);
    }

    PilotFacts read(String processInstanceId, String reference) {
      List<Map<String, Object>> audit = jdbc.queryForList(
          "SELECT entry_hash FROM audit_entry WHERE pilot_reference = ? ORDER BY sequence_number", reference);
      boolean running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 1;
      HistoricProcessInstance historic = history.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      return new PilotFacts(register(processInstanceId), audit.size(),
          audit.isEmpty() ? null : (String) audit.get(audit.size() - 1).get("entry_hash"),
          jdbc.queryForList("SELECT * FROM published_report WHERE reference = ?", reference),
          jdbc.queryForList("SELECT * FROM report_obligation WHERE process_instance_id = ?", processInstanceId),
          running, historic != null, historic != null && historic.getEndTime() != null,
          running ? runtime.getActiveActivityIds(processInstanceId).stream().sorted().toList() : List.of(),
          timers(processInstanceId), running ? variables(processInstanceId) : Map.of());
    }

    private Map<String, Object> register(String processInstanceId) {
      if (!hasRegister) {
        return Map.of();
      }
      List<Map<String, Object>> rows = jdbc.queryForList("SELECT process_instance_id, reference, proposer, proposed_at, "
          + "trial_planned_at, recommendation, recommendation_rationale, withdrawn_at, withdrawn_by, withdrawn_reason "
          + "FROM pilot_record WHERE process_instance_id = ?", processInstanceId);
      return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** Its jobs (timers such as the trial's end, asynchronous steps) and when they are due. */
    private List<String> timers(String processInstanceId) {
      return jdbc.query("SELECT D.ACT_ID_, J.DUEDATE_ FROM ACT_RU_JOB J LEFT JOIN ACT_RU_JOBDEF D ON D.ID_ = J.JOB_DEF_ID_ "
          + "WHERE J.PROCESS_INSTANCE_ID_ = ? ORDER BY D.ACT_ID_, J.DUEDATE_",
          (row, n) -> row.getString("ACT_ID_") + " due " + row.getTimestamp("DUEDATE_"), processInstanceId);
    }

    /**
     * Every variable of the pilot, those local to one of its executions or tasks included (they would
     * shadow the pilot's), as stored: any write shows, even of the same value.
     */
    private Map<String, String> variables(String processInstanceId) {
      Map<String, String> values = new TreeMap<>();
      jdbc.query("SELECT NAME_, EXECUTION_ID_, TASK_ID_, TYPE_, REV_, LONG_, DOUBLE_, TEXT_, TEXT2_, BYTEARRAY_ID_ "
          + "FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ?", row -> {
            String scope = row.getString("TASK_ID_") != null ? "task " + row.getString("TASK_ID_") + " "
                : processInstanceId.equals(row.getString("EXECUTION_ID_")) ? "" : "execution " + row.getString("EXECUTION_ID_") + " ";
            values.put(scope + row.getString("NAME_"), String.join(" ", row.getString("TYPE_"), "rev " + row.getInt("REV_"),
                String.valueOf(row.getObject("LONG_")), String.valueOf(row.getObject("DOUBLE_")), row.getString("TEXT_"),
                row.getString("TEXT2_"), row.getString("BYTEARRAY_ID_")));
          }, processInstanceId);
      return values;
    }
  }

  boolean withdrawn() {
    return register.get("withdrawn_at") != null; // the row's keys ignore case
  }

  /** The facts that differ from {@code before}, named. */
  List<String> changedSince(PilotFacts before) {
    List<String> changed = new ArrayList<>();
    compare(changed, "pilot_record", before.register, register);
    compare(changed, "audit chain", before.auditEntries + " " + before.lastAuditHash, auditEntries + " " + lastAuditHash);
    compare(changed, "published_report", before.libraryRows, libraryRows);
    compare(changed, "report_obligation", before.obligation, obligation);
    compare(changed, "running", before.running + "/ended " + before.ended, running + "/ended " + ended);
    compare(changed, "history kept", before.historyKept, historyKept);
    compare(changed, "active activities", before.activities, activities);
    compare(changed, "jobs", before.timers, timers);
    if (!running) {
      return changed;
    }
    before.variables.forEach((name, value) -> compare(changed, "variable " + name, value, variables.get(name)));
    variables.keySet().stream().filter(name -> !before.variables.containsKey(name))
        .forEach(name -> changed.add("variable " + name + " added: " + variables.get(name)));
    return changed;
  }

  private static void compare(List<String> changed, String fact, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(fact + ": " + abbreviate(before) + " -> " + abbreviate(after));
    }
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }
}
