package org.pilotgate;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database PilotGate runs on, where SQL or checks differ between PostgreSQL and the embedded H2. */
public final class Databases {

  private Databases() {}

  /** Asks the database once; callers keep the answer. */
  public static boolean isPostgres(JdbcTemplate jdbc) {
    return DatabaseDriver.fromProductName(jdbc.execute((ConnectionCallback<String>) connection ->
        connection.getMetaData().getDatabaseProductName())) == DatabaseDriver.POSTGRESQL;
  }
}
