package org.pilotgate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Test runs keep several application contexts alive, each with an engine named "default", but
 * Camunda's REST API and webapps find "the" engine in a static registry where the last one
 * started wins. Before each test this puts back the engine of the test's own context, so HTTP
 * calls reach the database the test prepared.
 */
public class ThisContextsEngine extends AbstractTestExecutionListener {

  /** Runs after dependency injection, so a Spring test's context is loaded by now. */
  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
          .ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }
}
