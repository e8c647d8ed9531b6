package org.pilotgate.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Camunda's log of who each of a pilot's tasks was offered to, assigned to and claimed by. Read
 * straight from its history table because the engine's query offers no filter by process
 * instance: one query per task would make a pilot's timeline slow. The table keeps the root
 * process instance, which is the pilot's, and is indexed by it.
 */
@Repository
class TaskPeopleLog {

  /** One change: a candidate group or user added or removed, or an assignee or owner set or removed. */
  record Change(Instant at, String taskId, String linkType, String operation, String userId, String groupId,
      String assignerId) {}

  private final JdbcTemplate jdbc;

  TaskPeopleLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Change> of(String processInstanceId) {
    return jdbc.query("SELECT TIMESTAMP_, TASK_ID_, TYPE_, OPERATION_TYPE_, USER_ID_, GROUP_ID_, ASSIGNER_ID_ "
        + "FROM ACT_HI_IDENTITYLINK WHERE ROOT_PROC_INST_ID_ = ? AND TASK_ID_ IS NOT NULL",
        (row, n) -> new Change(row.getTimestamp("TIMESTAMP_").toInstant(), row.getString("TASK_ID_"),
            row.getString("TYPE_"), row.getString("OPERATION_TYPE_"), row.getString("USER_ID_"),
            row.getString("GROUP_ID_"), row.getString("ASSIGNER_ID_")), processInstanceId);
  }
}
