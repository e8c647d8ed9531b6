package org.pilotgate.audit;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the pilot register for finished pilots that have no register row, from their (copied)
 * Camunda history: the benchmark's copies, and the templates too while nothing else fills the
 * register. One pilot in ten that reached a gate is marked as overriding its recommendation, with a
 * recommendation that differs from the decision, as the templates all follow theirs.
 */
final class PilotRegisterFromHistory {

  private final JdbcTemplate jdbc;

  PilotRegisterFromHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the register rows and person rows added. */
  long[] fill() {
    long pilots = jdbc.update("""
        INSERT INTO pilot_register (reference, process_instance_id, title, service_area, status, proposer,
          proposed_at, ended_at, recommendation, decision, overrode_recommendation)
        SELECT pi.business_key_, pi.proc_inst_id_, v.title, v.service_area,
          CASE pi.end_act_id_ WHEN 'PilotScaled' THEN 'SCALED' WHEN 'PilotStopped' THEN 'STOPPED'
            WHEN 'ProposalRejected' THEN 'REJECTED' ELSE 'ENDED' END,
          v.proposer, pi.start_time_, pi.end_time_,
          CASE WHEN o.overrode THEN CASE v.decision WHEN 'SCALE' THEN 'ADAPT' WHEN 'STOP' THEN 'EXTEND' ELSE 'STOP' END
            ELSE v.recommendation END,
          v.decision, o.overrode
        FROM act_hi_procinst pi
        JOIN (SELECT proc_inst_id_,
                max(text_) FILTER (WHERE name_ = 'title') AS title,
                max(text_) FILTER (WHERE name_ = 'serviceArea') AS service_area,
                max(text_) FILTER (WHERE name_ = 'proposer') AS proposer,
                max(text_) FILTER (WHERE name_ = 'recommendation') AS recommendation,
                max(text_) FILTER (WHERE name_ = 'gateDecision') AS decision
              FROM act_hi_varinst
              WHERE name_ IN ('title', 'serviceArea', 'proposer', 'recommendation', 'gateDecision')
              GROUP BY proc_inst_id_) v ON v.proc_inst_id_ = pi.proc_inst_id_
        CROSS JOIN LATERAL (SELECT v.decision IS NOT NULL AND abs(hashtext(pi.business_key_)) % 10 = 0 AS overrode) o
        WHERE pi.proc_def_key_ = 'pilot-lifecycle' AND pi.end_time_ IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM pilot_register r WHERE r.reference = pi.business_key_)""");
    long people = jdbc.update("""
        INSERT INTO pilot_register_person (reference, user_id, role)
        SELECT DISTINCT pi.business_key_, t.assignee_,
          CASE WHEN t.task_def_key_ IN ('ReviewProposal', 'DecideGate', 'ReviewSuccessReport',
            'ReviewFailureReport', 'ChaseOverdueReport') THEN 'MANAGER' ELSE 'OFFICER' END
        FROM act_hi_procinst pi JOIN act_hi_taskinst t ON t.proc_inst_id_ = pi.proc_inst_id_
        WHERE pi.proc_def_key_ = 'pilot-lifecycle' AND pi.end_time_ IS NOT NULL AND t.assignee_ IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM pilot_register_person r WHERE r.reference = pi.business_key_)""");
    return new long[] {pilots, people};
  }
}
