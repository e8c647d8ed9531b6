package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.PILOT_STOPPED;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The promise PilotGate makes: a stopped pilot cannot end until its report is published. Walks
 * every path of the deployed model from the STOP decision and from the early stop, and fails if
 * any reaches the end of the process without passing a publish step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StopPathsPassPublicationTest {

  @Autowired RepositoryService repository;

  @Test
  void everyPathFromAStopPassesPublicationBeforeTheEnd() {
    BpmnModelInstance model = deployedModel();
    assertThat(stopPoints(model)).as("the STOP decision and the early stop").hasSize(2);
    assertThat(unpublishedEnds(model)).isEmpty();
  }

  @Test
  void theWalkCatchesAModelThatSkipsPublication() {
    BpmnModelInstance model = deployedModel().clone(); // the engine caches the deployed instance
    ServiceTask publish = model.getModelElementById(PUBLISH_FAILURE_REPORT);
    SequenceFlow intoPublish = publish.getIncoming().iterator().next();
    intoPublish.setTarget(publish.getOutgoing().iterator().next().getTarget());

    assertThat(unpublishedEnds(model)).containsKey(PILOT_STOPPED);
  }

  private BpmnModelInstance deployedModel() {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
        .latestVersion().singleResult().getId();
    return repository.getBpmnModelInstance(definitionId);
  }

  /** Each process end event some path from a stop reaches without publishing, with that path. */
  static Map<String, String> unpublishedEnds(BpmnModelInstance model) {
    Map<String, String> unpublished = new TreeMap<>();
    Map<FlowNode, FlowNode> cameFrom = new HashMap<>();
    Deque<FlowNode> toVisit = new ArrayDeque<>(stopPoints(model));
    toVisit.forEach(start -> cameFrom.put(start, null));
    while (!toVisit.isEmpty()) {
      FlowNode node = toVisit.pop();
      if (isPublishStep(node)) {
        continue;
      }
      if (node instanceof EndEvent && node.getParentElement() instanceof Process) {
        unpublished.put(node.getId(), path(cameFrom, node));
      }
      for (FlowNode following : next(node)) {
        if (!cameFrom.containsKey(following)) {
          cameFrom.put(following, node);
          toVisit.push(following);
        }
      }
    }
    return unpublished;
  }

  private static String path(Map<FlowNode, FlowNode> cameFrom, FlowNode end) {
    Deque<String> steps = new ArrayDeque<>();
    for (FlowNode step = end; step != null; step = cameFrom.get(step)) {
      steps.push(step.getId());
    }
    return String.join(" -> ", steps);
  }

  /** Where stopping begins: the target of the gate's STOP flow, and the early-stop boundary event. */
  static List<FlowNode> stopPoints(BpmnModelInstance model) {
    List<FlowNode> points = new ArrayList<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (flow.getConditionExpression() != null
          && flow.getConditionExpression().getTextContent().contains("gateDecision == 'STOP'")) {
        points.add(flow.getTarget());
      }
    }
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      if (catchesMessage(boundary, TRIAL_STOPPED_EARLY_MESSAGE)) {
        points.add(boundary);
      }
    }
    return points;
  }

  private static boolean isPublishStep(FlowNode node) {
    return node instanceof ServiceTask task && "${publishReport}".equals(task.getCamundaDelegateExpression());
  }

  /** The nodes a token can move to next, into and out of embedded subprocesses and boundary events. */
  private static List<FlowNode> next(FlowNode node) {
    List<FlowNode> next = new ArrayList<>();
    if (node instanceof SubProcess sub) {
      // a token leaves a subprocess only once it reaches an end event inside
      next.addAll(sub.getChildElementsByType(StartEvent.class));
    } else {
      node.getOutgoing().forEach(flow -> next.add(flow.getTarget()));
    }
    if (node instanceof EndEvent end && end.getParentElement() instanceof SubProcess sub) {
      next.addAll(leaving(sub, end));
    }
    attachedTo(node).forEach(next::add);
    return next;
  }

  /** An end event inside a subprocess leaves by the subprocess's flows, or by the boundary that catches its error. */
  private static List<FlowNode> leaving(SubProcess sub, EndEvent end) {
    Collection<ErrorEventDefinition> errors = end.getChildElementsByType(ErrorEventDefinition.class);
    if (errors.isEmpty()) {
      return sub.getOutgoing().stream().map(SequenceFlow::getTarget).toList();
    }
    String code = errors.iterator().next().getError().getErrorCode();
    return attachedTo(sub).stream().filter(b -> catchesError(b, code)).map(FlowNode.class::cast).toList();
  }

  private static List<BoundaryEvent> attachedTo(FlowNode node) {
    return node.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo() == node).toList();
  }

  private static boolean catchesMessage(BoundaryEvent boundary, String messageName) {
    return boundary.getEventDefinitions().stream().anyMatch(d -> d instanceof MessageEventDefinition message
        && message.getMessage() != null && messageName.equals(message.getMessage().getName()));
  }

  private static boolean catchesError(BoundaryEvent boundary, String errorCode) {
    return boundary.getEventDefinitions().stream().anyMatch(d -> d instanceof ErrorEventDefinition error
        && error.getError() != null && errorCode.equals(error.getError().getErrorCode()));
  }
}
