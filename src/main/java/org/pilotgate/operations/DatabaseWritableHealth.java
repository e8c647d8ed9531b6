package org.pilotgate.operations;

import org.pilotgate.Databases;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the database takes changes. A PostgreSQL server that is read-only (a standby, or
 * {@code default_transaction_read_only} set) still answers queries, so the {@code db} check stays UP,
 * yet every step would fail; this check makes readiness DOWN instead. (The embedded H2 database is
 * never read-only here and is not asked.)
 */
@Component("databaseWritableHealthIndicator")
class DatabaseWritableHealth extends AbstractHealthIndicator {

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  DatabaseWritableHealth(JdbcTemplate jdbc) {
    super("The database's read-only setting could not be read");
    this.jdbc = jdbc;
    this.postgres = Databases.isPostgres(jdbc);
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    if (!postgres) {
      health.up().withDetail("checked", false);
    } else if ("on".equals(jdbc.queryForObject("SHOW transaction_read_only", String.class))) {
      health.down().withDetail("readOnly", true);
    } else {
      health.up().withDetail("readOnly", false);
    }
  }
}
