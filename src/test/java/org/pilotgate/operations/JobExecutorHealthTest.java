package org.pilotgate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class JobExecutorHealthTest {

  @Test
  void aJobExecutorThatShouldRunButDoesNotMakesTheNodeNotReady() {
    Health health = healthOf(true);
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("enabled", true).containsEntry("active", false);
  }

  @Test
  void aNodeConfiguredWithoutJobExecutorIsReadyAndSaysSo() {
    Health health = healthOf(false);
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("enabled", false);
  }

  private static Health healthOf(boolean enabled) {
    StandaloneInMemProcessEngineConfiguration engine = new StandaloneInMemProcessEngineConfiguration();
    engine.setJobExecutor(new DefaultJobExecutor()); // never started
    CamundaBpmProperties camunda = new CamundaBpmProperties();
    camunda.getJobExecution().setEnabled(enabled);
    return new JobExecutorHealth(engine, camunda).health();
  }
}
