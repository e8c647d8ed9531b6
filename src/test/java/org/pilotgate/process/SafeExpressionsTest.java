package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A model deployed by whoever may deploy cannot run code on the server through its expressions:
 * reflection, the runtime and beans other than those PilotGate's own models use are out of reach.
 */
class SafeExpressionsTest extends PilotProcessTest {

  private static final String PROBE = "expression-probe";

  @Autowired RepositoryService repository;
  @TempDir Path folder;
  private Deployment deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void reflectionIsRefusedAndRunsNothing() {
    Path marker = folder.resolve("ran");
    deployServiceTask("${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
        + ".exec('touch " + marker + "')}");

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROBE))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("PilotGate refuses 'getClass' on java.lang.String: expressions may not use reflection");
    assertThat(marker).doesNotExist();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROBE).count()).isZero();
  }

  @Test
  void classesAndTheEngineReachedAnotherWayAreRefusedToo() {
    deployServiceTask("${execution['class'].classLoader}");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROBE)).hasMessageContaining("PilotGate refuses 'class'");

    redeploy(start -> start.camundaExecutionListenerExpression("start",
        "${execution.processEngine.processEngineConfiguration.dataSource.connection}"));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROBE))
        .hasMessageContaining("PilotGate refuses 'processEngineConfiguration' on org.camunda.bpm.engine.impl.ProcessEngineImpl");

    redeploy(start -> start.camundaExecutionListenerExpression("start",
        "${execution.processEngineServices.identityService.saveUser(null)}"));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROBE))
        .hasMessageContaining("PilotGate refuses 'identityService' on org.camunda.bpm.engine.impl.ProcessEngineImpl");
  }

  @Test
  void onlyTheBeansPilotGatesModelsNameAreReachable() {
    for (String bean : new String[] {"dataSource", "jdbcTemplate", "identityService", "pilotGateProperties"}) {
      deployServiceTask("${" + bean + ".toString()}");
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROBE)).as(bean)
          .hasMessageContaining("Cannot resolve identifier '" + bean + "'");
    }
    deployServiceTask("${decisionDeadlines.review()}");
    assertThat(runtime.startProcessInstanceByKey(PROBE).isEnded()).as("a bean the lifecycle names").isTrue();
    deployServiceTask("${taskDeadlines.due('PlanTrial')}");
    assertThat(runtime.startProcessInstanceByKey(PROBE).isEnded()).as("the task deadlines, with a text argument").isTrue();
  }

  private void deployServiceTask(String expression) {
    redeploy(start -> start.serviceTask().camundaExpression(expression));
  }

  private void redeploy(Function<StartEventBuilder, ?> steps) {
    undeploy();
    StartEventBuilder start = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent();
    Object last = steps.apply(start);
    BpmnModelInstance model = ((org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?>) last).endEvent().done();
    deployment = repository.createDeployment().addModelInstance(PROBE + ".bpmn", model).deploy();
  }
}
