package org.pilotgate.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The pilot lifecycle without PilotGate: generated from {@code bpmn/pilot-lifecycle.bpmn} at run time,
 * so it never drifts from the model. Every execution and task listener is removed, every service task
 * evaluates {@code ${null}} instead of calling its delegate, and the process and message names get a
 * suffix so the twin deploys beside the real model on the same engine. The DMN decision stays: it is
 * the model's own. The engine-wide additions (parse listeners, command interceptors, history watchers)
 * still apply to the twin, as they would to any model on this engine.
 *
 * <p>Where a gateway, timer, assignment or the decision reads a value that a removed listener or
 * delegate set, the twin gets it from the model itself, since an API client may submit only a form's
 * own fields: the proposer is the start's initiator, and the bare steps map the constants in
 * {@link #SUPPLIED} out to the pilot (no similar failures, a trial end far away that the driver fires
 * anyway, the decision's three derived inputs).
 */
final class BareTwin {

  static final String PROCESS = LifecycleModel.PROCESS + "-bare";

  /** The values a removed listener or delegate would have set, by the step that maps them out. */
  static final Map<String, Map<String, String>> SUPPLIED = Map.of(
      LifecycleModel.CHECK_PRIOR_WORK, Map.of("similarFailureFound", "${false}"),
      LifecycleModel.PLAN_TRIAL, Map.of("trialEndDate", "2099-12-31T00:00:00", "checkInInterval", "P30D"),
      LifecycleModel.EVALUATE_TRIAL, Map.of("harmLimitBreached", "${false}", "primaryTargetsMetShare", "${1.0}",
          "costToBudgetRatio", "${0.93}"));

  private static final String SUFFIX = "-bare";

  private final ProcessEngine engine;

  BareTwin(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The twin's model, read from the real one. */
  static BpmnModelInstance model() {
    BpmnModelInstance model = Bpmn.readModelFromStream(resource("bpmn/pilot-lifecycle.bpmn"));
    Process process = model.getModelElementById(LifecycleModel.PROCESS);
    process.setId(PROCESS);
    process.setName(process.getName() + " (bare twin)");
    model.getModelElementsByType(Message.class).forEach(message -> message.setName(message.getName() + SUFFIX));
    removeAll(model.getModelElementsByType(CamundaExecutionListener.class));
    removeAll(model.getModelElementsByType(CamundaTaskListener.class));
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "class");
      task.setCamundaExpression("${null}");
    }
    model.<StartEvent>getModelElementById(LifecycleModel.PROPOSE_PILOT).setCamundaInitiator("proposer");
    SUPPLIED.forEach((step, values) -> values.forEach((name, value) ->
        ((AbstractActivityBuilder<?, ?>) model.<Activity>getModelElementById(step).builder())
            .camundaOutputParameter(name, value)));
    Bpmn.validateModel(model);
    return model;
  }

  /** Deploys the twin with the decision and forms it binds to (same deployment), and grants what the real model grants. */
  String deploy() {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", model())
        .addInputStream("pilot-evaluation.dmn", resource("bpmn/pilot-evaluation.dmn"));
    for (Resource form : forms()) {
      deployment.addInputStream(form.getFilename(), open(form));
    }
    String id = deployment.deploy().getId();
    copyGrants(LifecycleModel.PROCESS, PROCESS);
    return id;
  }

  /** Removes the twin with its instances and history, and its grants: nothing of it stays for other tests. */
  void remove(String deployment) {
    engine.getRepositoryService().deleteDeployment(deployment, true);
    AuthorizationService authorizations = engine.getAuthorizationService();
    authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION).resourceId(PROCESS).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  private void copyGrants(String from, String to) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    ProcessDefinitionPermissions[] all = ProcessDefinitionPermissions.values();
    for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(from).list()) {
      Authorization copy = authorizations.createNewAuthorization(grant.getAuthorizationType());
      copy.setGroupId(grant.getGroupId());
      copy.setUserId(grant.getUserId());
      copy.setResource(Resources.PROCESS_DEFINITION);
      copy.setResourceId(to);
      copy.setPermissions(Arrays.stream(grant.getPermissions(all)).toArray(ProcessDefinitionPermissions[]::new));
      authorizations.saveAuthorization(copy);
    }
  }

  private static void removeAll(java.util.Collection<? extends ModelElementInstance> elements) {
    List.copyOf(elements).forEach(element -> element.getParentElement().removeChildElement(element));
  }

  private static List<Resource> forms() {
    try {
      return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    InputStream stream = BareTwin.class.getClassLoader().getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException(path + " is not on the classpath");
    }
    return stream;
  }
}
