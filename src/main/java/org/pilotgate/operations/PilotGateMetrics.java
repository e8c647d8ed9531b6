package org.pilotgate.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.pilotgate.audit.PilotStatus;
import org.pilotgate.library.PublishedReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What operators watch, read from the database when Prometheus scrapes: pilots by stage, reports
 * published and overdue, jobs waiting to run and open incidents. Every node reports the same
 * figures (they are the database's, not the node's).
 */
@Component
class PilotGateMetrics implements MeterBinder {

  private final JdbcTemplate jdbc;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final Clock clock;

  PilotGateMetrics(JdbcTemplate jdbc, ManagementService management, RuntimeService runtime, Clock clock) {
    this.jdbc = jdbc;
    this.management = management;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (PilotStatus status : PilotStatus.values()) {
      gauge("pilotgate.pilots", "Pilots at this stage", () -> count(
          "SELECT COUNT(*) FROM pilot_register WHERE status = ?", status.name()))
          .tag("stage", status.name()).register(registry);
    }
    gauge("pilotgate.reports.published", "Reports this council has published", () -> count(
        "SELECT COUNT(*) FROM published_report WHERE origin = ?", PublishedReport.LOCAL)).register(registry);
    gauge("pilotgate.reports.overdue", "Failure reports past their deadline and not yet published", () -> count(
        "SELECT COUNT(*) FROM report_obligation WHERE published_at IS NULL AND due_at < ?",
        Timestamp.from(clock.instant()))).register(registry);
    gauge("pilotgate.jobs.due", "Timers and asynchronous steps due to run now",
        () -> management.createJobQuery().executable().count()).register(registry);
    gauge("pilotgate.incidents.open", "Incidents waiting for an operator",
        () -> runtime.createIncidentQuery().count()).register(registry);
  }

  private static Gauge.Builder<Supplier<Number>> gauge(String name, String description,
      Supplier<Number> value) {
    return Gauge.builder(name, value).description(description);
  }

  private long count(String sql, Object... arguments) {
    Long count = jdbc.queryForObject(sql, Long.class, arguments);
    return count == null ? 0 : count;
  }
}
