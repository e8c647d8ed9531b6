package org.pilotgate.retention;

import java.util.Objects;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed version of every process and decision the configured retention at start-up,
 * so an operator who changes it need not redeploy. Only definitions that differ are written, so a
 * restart with the same setting writes nothing; when two nodes start at once and update the same
 * definition, the one that loses the race leaves it to the other (both set the same value).
 */
@Component
class DefinitionRetention {

  private static final Logger LOG = LoggerFactory.getLogger(DefinitionRetention.class);

  private final RepositoryService repository;
  private final RetentionProperties retention;

  DefinitionRetention(RepositoryService repository, RetentionProperties retention) {
    this.repository = repository;
    this.retention = retention;
  }

  @EventListener(ApplicationStartedEvent.class)
  void apply() {
    int days = retention.pilotHistoryDays();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        update(definition.getId(), () -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        update(definition.getId(), () -> repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days));
      }
    }
  }

  private static void update(String definitionId, Runnable update) {
    try {
      update.run();
      LOG.info("History time to live of {} set to the configured retention", definitionId);
    } catch (OptimisticLockingException anotherNodeUpdatedIt) {
      LOG.info("History time to live of {} was updated by another node starting at the same time", definitionId);
    }
  }
}
