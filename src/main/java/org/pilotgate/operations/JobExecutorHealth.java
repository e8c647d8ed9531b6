package org.pilotgate.operations;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Whether this node runs timers and asynchronous steps: its job executor is active and its last
 * acquisition of jobs worked. A node configured without a job executor (a web-only node) is UP and
 * says so. Named as Camunda's own indicator, which only checks "active", so this one replaces it.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

  private final ProcessEngineConfigurationImpl engine;
  private final boolean enabled;

  JobExecutorHealth(ProcessEngineConfigurationImpl engine, CamundaBpmProperties camunda) {
    this.engine = engine;
    this.enabled = camunda.getJobExecution().isEnabled();
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    JobExecutor executor = engine.getJobExecutor();
    health.withDetail("enabled", enabled);
    if (!enabled) {
      health.up();
      return;
    }
    health.withDetail("active", executor.isActive());
    Exception acquisitionFailure = lastAcquisitionFailure(executor.getAcquireJobsRunnable());
    if (!executor.isActive()) {
      health.down();
    } else if (acquisitionFailure != null) {
      health.down().withDetail("acquisition", "failing: " + acquisitionFailure.getMessage());
    } else {
      health.up().withDetail("acquisition", "working");
    }
  }

  private static Exception lastAcquisitionFailure(AcquireJobsRunnable acquisition) {
    return acquisition instanceof SequentialJobAcquisitionRunnable sequential
        && sequential.getAcquisitionContext() != null
        ? sequential.getAcquisitionContext().getAcquisitionException()
        : null;
  }
}
