package org.pilotgate.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.PROCESS;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.process.PilotProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A retention of 30 days instead of the models' seven years, applied by the real engine and cleaned by its real cleanup. */
@SpringBootTest(properties = "pilotgate.retention.pilot-history=P30D")
class RetentionTest extends PilotProcessTest {

  static final int DAYS = 30;

  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired DefinitionRetention definitionRetention;
  @Autowired AuditChain chain;
  @Autowired LibraryStore library;

  @AfterEach
  void backToRealTime() {
    ClockUtil.reset();
  }

  @Test
  void theDeployedProcessAndDecisionCarryTheConfiguredRetentionNotTheModels() {
    assertThat(latestPilotProcess().getHistoryTimeToLive()).isEqualTo(DAYS);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("pilot-evaluation")
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(DAYS);
  }

  @Test
  void aVersionDeployedWithAnotherRetentionIsUpdatedEvenByTwoNodesStartingAtOnce() {
    String id = latestPilotProcess().getId();
    repository.updateProcessDefinitionHistoryTimeToLive(id, 2557);

    CompletableFuture.allOf(CompletableFuture.runAsync(definitionRetention::apply),
        CompletableFuture.runAsync(definitionRetention::apply)).join();

    assertThat(repository.getProcessDefinition(id).getHistoryTimeToLive()).isEqualTo(DAYS);
  }

  @Test
  void aFinishedPilotIsDueForRemovalTheRetentionAfterItsEndAndARunningOneNever() {
    ProcessInstance running = propose("olivia", proposal());
    HistoricProcessInstance finished = historyOf(rejected("olivia", "mia", "Not this year."));

    assertThat(finished.getRemovalTime()).isEqualTo(plusRetention(finished.getEndTime()));
    assertThat(historyOf(running).getRemovalTime()).isNull();
  }

  @Test
  void cleanupRemovesAFinishedPilotsHistoryAndKeepsARunningPilotTheAuditChainAndTheLibrary() {
    ProcessInstance running = propose("olivia", proposal());
    ProcessInstance finished = stoppedAtGateAndPublished();
    String reference = (String) historyOf(finished).getBusinessKey();
    int chainEntries = chain.entriesOf(reference).size();
    assertThat(chainEntries).as("the stopped pilot's gate decision and publication are chained").isPositive();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(finished.getId()).count()).isPositive();

    Job cleanup = history.cleanUpHistoryAsync(true);
    ClockUtil.setCurrentTime(new Date(plusRetention(historyOf(finished).getEndTime()).getTime() + 60_000));
    management.executeJob(cleanup.getId());

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(running.getId()).count()).isPositive();
    assertThat(historyOf(running)).isNotNull();
    assertThat(chain.entriesOf(reference)).hasSize(chainEntries);
    assertThat(chain.verify().intact()).isTrue();
    assertThat(library.findLocal(reference)).isPresent();
  }

  @Test
  void theCleanupWindowAndStrategyReachTheEngine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupStrategy())
        .isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    assertThat(configuration.getHistoryRemovalTimeStrategy())
        .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo(String.valueOf(DAYS));
  }

  private ProcessDefinition latestPilotProcess() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult();
  }


  private HistoricProcessInstance historyOf(ProcessInstance pilot) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(pilot.getId()).singleResult();
  }

  private static Date plusRetention(Date end) {
    return Date.from(end.toInstant().plus(Duration.ofDays(DAYS)));
  }
}
