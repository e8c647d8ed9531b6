package org.pilotgate.library.peers;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table {@code scheduler_lease}: a named lease in the shared database, so that one node of a
 * cluster runs a scheduled job at a time. A node takes the lease only when it has run out, renews
 * it while it works, and hands it back when done; a node that dies simply lets it run out.
 * Times come from the nodes' clocks, which a Camunda cluster keeps in step anyway (job locks).
 */
@Repository
class SchedulerLease {

  private final JdbcTemplate jdbc;

  SchedulerLease(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes lease {@code name} for {@code holder} until {@code until}, if nobody holds it at {@code now}. */
  boolean tryAcquire(String name, String holder, Instant now, Instant until) {
    int taken = jdbc.update("UPDATE scheduler_lease SET holder = ?, leased_until = ? WHERE name = ? AND leased_until < ?",
        holder, Timestamp.from(until), name, Timestamp.from(now));
    if (taken == 1) {
      return true;
    }
    Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM scheduler_lease WHERE name = ?", Integer.class, name);
    if (exists != null && exists > 0) {
      return false;
    }
    try {
      return jdbc.update("INSERT INTO scheduler_lease (name, holder, leased_until) VALUES (?, ?, ?)",
          name, holder, Timestamp.from(until)) == 1;
    } catch (DuplicateKeyException anotherNodeWasFaster) {
      return false;
    }
  }

  /** Extends the lease; false if {@code holder} no longer holds it (it ran out and another node took it). */
  boolean renew(String name, String holder, Instant until) {
    return jdbc.update("UPDATE scheduler_lease SET leased_until = ? WHERE name = ? AND holder = ?",
        Timestamp.from(until), name, holder) == 1;
  }

  /** Hands the lease back at once, so another node need not wait for it to run out. */
  void release(String name, String holder, Instant now) {
    jdbc.update("UPDATE scheduler_lease SET leased_until = ? WHERE name = ? AND holder = ?",
        Timestamp.from(now), name, holder);
  }
}
