package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link LifecycleBenchmark}'s code path at a tiny size, for CI: the bare twin is generated from the
 * model and deploys beside it, and the benchmark's driver takes pilots of both through the REST API
 * to their published report. The twin and its history are removed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleBenchmarkSmokeTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  private BareTwin twin;
  private String deployment;

  @BeforeAll
  void deployTwin() {
    twin = new BareTwin(engine);
    deployment = twin.deploy();
  }

  @AfterAll
  void removeTwin() {
    twin.remove(deployment);
  }

  @Test
  void theTwinIsTheModelWithoutListenersOrDelegates() {
    BpmnModelInstance model = BareTwin.model();
    assertThat(model.getModelElementsByType(CamundaExecutionListener.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaTaskListener.class)).isEmpty();
    assertThat(model.getModelElementsByType(ServiceTask.class)).isNotEmpty()
        .allSatisfy(task -> assertThat(task.getCamundaDelegateExpression()).isNull())
        .allSatisfy(task -> assertThat(task.getCamundaExpression()).isEqualTo("${null}"));
    assertThat(model.<UserTask>getModelElementById(LifecycleModel.DECIDE_GATE)).as("the same steps").isNotNull();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(BareTwin.PROCESS)
        .deploymentId(deployment).count()).isEqualTo(1);
  }

  @Test
  void bothVariantsTakeTwoPilotsToTheirPublishedReport() {
    for (String process : new String[] {LifecycleModel.PROCESS, BareTwin.PROCESS}) {
      LifecycleDriver driver = new LifecycleDriver(port, process, management);
      for (int i = 0; i < 2; i++) {
        Map.Entry<String, LifecycleDriver.Timings> pilot = driver.pilot();
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
            .processInstanceId(pilot.getKey()).singleResult();
        assertThat(finished.getProcessDefinitionKey()).isEqualTo(process);
        assertThat(finished.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(finished.getEndActivityId()).isEqualTo(LifecycleModel.PILOT_SCALED);
        assertThat(pilot.getValue().completions()).hasSize(6).allSatisfy(millis -> assertThat(millis).isPositive());
      }
    }
  }
}
