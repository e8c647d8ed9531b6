package org.pilotgate.retention;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda's history cleanup, set from {@link RetentionProperties}: each pilot's history is stamped
 * with a removal time when the pilot ends (a running pilot has none, so it is never cleaned), and the
 * cleanup job removes what is due inside the nightly window.
 */
@Component
class RetentionEnginePlugin extends AbstractProcessEnginePlugin {

  private static final DateTimeFormatter WINDOW_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final RetentionProperties retention;

  RetentionEnginePlugin(RetentionProperties retention) {
    this.retention = retention;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // for a definition deployed without a time to live of its own
    configuration.setHistoryTimeToLive(String.valueOf(retention.pilotHistoryDays()));
    configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    configuration.setHistoryCleanupBatchWindowStartTime(retention.cleanupWindowStart().format(WINDOW_TIME));
    configuration.setHistoryCleanupBatchWindowEndTime(retention.cleanupWindowEnd().format(WINDOW_TIME));
    configuration.setHistoryCleanupBatchSize(retention.cleanupBatchSize());
    // one cleanup job at a time leaves the night's database capacity to running pilots' timers
    configuration.setHistoryCleanupDegreeOfParallelism(1);
  }
}
