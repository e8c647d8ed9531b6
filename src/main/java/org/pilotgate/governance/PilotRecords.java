package org.pilotgate.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * PilotGate's own record of each pilot's governing facts (table {@code pilot_record}). Each fact is
 * written once, by the step that establishes it, in that step's transaction; process variables only
 * mirror them for forms, and every rule that decides something reads them from here.
 */
@Repository
public class PilotRecords {

  /*
   * The process variables that mirror these facts for forms and the model. Named here because the
   * backfill below reads them and governance depends on no feature; the features that write them use these.
   */
  public static final String REFERENCE_VARIABLE = "pilotReference";
  /** The proposer's user id: the model assigns the proposer's tasks to {@code ${proposer}}. */
  public static final String PROPOSER_VARIABLE = "proposer";
  public static final String RECOMMENDATION_VARIABLE = "recommendation";
  public static final String RECOMMENDATION_RATIONALE_VARIABLE = "recommendationRationale";
  /** The frozen registration's version, set when the trial is first planned: the backfill reads it as "trial planned". */
  public static final String REGISTRATION_VERSION_VARIABLE = "registrationVersion";

  /** The reference as the pilot's variable mirrors it, for messages and names; null until the proposal step set it. */
  public static String referenceOf(VariableScope pilot) {
    return (String) pilot.getVariable(REFERENCE_VARIABLE);
  }

  /** One pilot's facts; the later ones are null until established. */
  public record PilotRecord(String processInstanceId, String reference, String proposer, Instant proposedAt,
      Instant trialPlannedAt, String recommendation, String recommendationRationale, Instant withdrawnAt,
      String withdrawnBy, String withdrawnReason) {

    /** The registration froze when the trial was first planned; from then on the pilot must run its course. */
    public boolean trialPlanned() {
      return trialPlannedAt != null;
    }
  }

  private final JdbcTemplate jdbc;

  PilotRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void proposed(String processInstanceId, String reference, String proposer, Instant at) {
    jdbc.update("INSERT INTO pilot_record (process_instance_id, reference, proposer, proposed_at) VALUES (?, ?, ?, ?)",
        processInstanceId, reference, proposer, Timestamp.from(at));
  }

  /** The first plan counts: planning again after ADAPT keeps the date the registration first froze. */
  public void trialPlanned(String processInstanceId, Instant at) {
    jdbc.update("UPDATE pilot_record SET trial_planned_at = ? WHERE process_instance_id = ? AND trial_planned_at IS NULL",
        Timestamp.from(at), processInstanceId);
  }

  /** The latest evaluation's recommendation: each gate is recommended afresh. */
  public void recommended(String processInstanceId, String recommendation, String rationale) {
    jdbc.update("UPDATE pilot_record SET recommendation = ?, recommendation_rationale = ? WHERE process_instance_id = ?",
        recommendation, rationale, processInstanceId);
  }

  public void withdrawn(String processInstanceId, String by, String reason, Instant at) {
    jdbc.update("UPDATE pilot_record SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? "
        + "WHERE process_instance_id = ?", Timestamp.from(at), by, reason, processInstanceId);
  }

  /**
   * Holds the pilot's row until the current transaction ends, so that two people changing the same
   * pilot at once take turns: the second sees the pilot as the first left it. Without it the engine
   * may read a process that the other transaction is ending half-way and fail on it.
   */
  public void holdForChange(String reference) {
    jdbc.queryForList("SELECT reference FROM pilot_record WHERE reference = ? FOR UPDATE", String.class, reference);
  }

  public Optional<PilotRecord> find(String processInstanceId) {
    return jdbc.query("SELECT * FROM pilot_record WHERE process_instance_id = ?", PilotRecords::toRecord,
        processInstanceId).stream().findFirst();
  }

  /** The record of a pilot that must have one: every pilot gets it in the step that proposes it. */
  public PilotRecord of(String processInstanceId) {
    return find(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "Pilot " + processInstanceId + " has no record: it was not proposed through PilotGate's proposal step"));
  }

  /** Pilots an operator withdrew before their trial, newest first. */
  public List<PilotRecord> withdrawnPilots() {
    return jdbc.query("SELECT * FROM pilot_record WHERE withdrawn_at IS NOT NULL ORDER BY withdrawn_at DESC",
        PilotRecords::toRecord);
  }

  private static PilotRecord toRecord(ResultSet row, int rowNumber) throws SQLException {
    return new PilotRecord(row.getString("process_instance_id"), row.getString("reference"), row.getString("proposer"),
        instant(row, "proposed_at"), instant(row, "trial_planned_at"), row.getString("recommendation"),
        row.getString("recommendation_rationale"), instant(row, "withdrawn_at"), row.getString("withdrawn_by"),
        row.getString("withdrawn_reason"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
