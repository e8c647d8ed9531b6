package org.pilotgate.security;

import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.security.EngineApiOperations.Operation;

/**
 * Builds the request an attacker would send for an operation of the engine API: path parameters
 * filled from a real pilot, and a body made from the operation's request schema whose properties
 * are filled, by name, with values that would change the pilot's governed facts if accepted.
 * Only properties the schema has are sent: Camunda's JSON rejects unknown ones.
 */
final class HostileRequests {

  /** The ids of a pilot in one lifecycle state, and of the shared things an attack may name. */
  record Target(String processInstanceId, String reference, String proposer, String taskId, String executionId,
      String jobId, String processDefinitionId, String deploymentId, String jobDefinitionId,
      String historicVariableId, String operationId, String commentId, String decisionDefinitionId,
      String filterId, String authorizationId) {

    Target withShared(String filter, String authorization) {
      return new Target(processInstanceId, reference, proposer, taskId, executionId, jobId, processDefinitionId,
          deploymentId, jobDefinitionId, historicVariableId, operationId, commentId, decisionDefinitionId, filter,
          authorization);
    }
  }

  /** A request ready to send: the path below the API's prefix, with its query. */
  record Request(String method, String path, String contentType, String body) {}

  static final String FORGED_REFERENCE = "PIL-1999-0001";
  static final String SACRIFICIAL_GROUP = "attackgroup";
  static final String SACRIFICIAL_TENANT = "attacktenant";
  /** The end of a stopped pilot: starting or moving a pilot there would publish a report nobody reviewed. */
  static final String PUBLISH = PUBLISH_FAILURE_REPORT;
  private static final String LONG_AGO = "2020-01-01T00:00:00.000+0000";
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEPTH = 3;

  private final EngineApiOperations operations;
  private final AtomicInteger unique = new AtomicInteger();

  HostileRequests(EngineApiOperations operations) {
    this.operations = operations;
  }

  Request build(Operation operation, Target target, String attacker) {
    JsonNode body = operation.spec().path("requestBody").path("content");
    String path = fillPath(operation.path(), target, attacker) + hostileQuery(operation.spec());
    if (body.has("multipart/form-data")) {
      return multipart(operation, path, body.get("multipart/form-data").get("schema"), target, attacker);
    }
    if (body.has("application/json")) {
      Object json = object(body.get("application/json").get("schema"), target, attacker, 0);
      return new Request(operation.method(), path, "application/json", write(json == null ? Map.of() : json));
    }
    return new Request(operation.method(), path, null, "");
  }

  private static String fillPath(String template, Target target, String attacker) {
    Matcher parameters = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameters.find()) {
      String before = template.substring(1, parameters.start()); // "task/", "history/process-instance/", ...
      parameters.appendReplacement(path, Matcher.quoteReplacement(parameter(parameters.group(1), before, target, attacker)));
    }
    return parameters.appendTail(path).toString();
  }

  /** A path parameter: the pilot's own ids, the attacker's own user, or sacrificial ones. */
  private static String parameter(String name, String before, Target target, String attacker) {
    return switch (name) {
      case "key" -> before.startsWith("decision-definition") ? "pilot-evaluation" : LifecycleModel.PROCESS;
      case "tenant-id" -> SACRIFICIAL_TENANT;
      case "varName" -> "proposer";
      case "userId" -> attacker;
      case "groupId" -> SACRIFICIAL_GROUP;
      case "operationId" -> target.operationId();
      case "commentId" -> target.commentId();
      case "messageName" -> LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE;
      case "attachmentId" -> "no-such-attachment";
      case "id" -> id(before.startsWith("history/") ? before : before.substring(0, before.indexOf('/')), target, attacker);
      default -> throw new IllegalArgumentException("no value for path parameter " + name);
    };
  }

  private static String id(String resource, Target target, String attacker) {
    return switch (resource) {
      case "history/process-instance/" -> target.processInstanceId();
      case "history/variable-instance/" -> target.historicVariableId();
      case "task" -> target.taskId();
      case "process-instance" -> target.processInstanceId();
      case "execution" -> target.executionId();
      case "job" -> target.jobId();
      case "job-definition" -> target.jobDefinitionId();
      case "process-definition" -> target.processDefinitionId();
      case "deployment" -> target.deploymentId();
      case "decision-definition" -> target.decisionDefinitionId();
      case "filter" -> target.filterId();
      case "authorization" -> target.authorizationId();
      case "user" -> attacker;
      case "group" -> SACRIFICIAL_GROUP;
      case "tenant" -> SACRIFICIAL_TENANT;
      default -> "no-such-" + resource.replace('/', '-');
    };
  }

  /** Skipping listeners or input/output mappings would skip PilotGate's own checks and records. */
  private static String hostileQuery(JsonNode spec) {
    List<String> skips = new java.util.ArrayList<>();
    spec.path("parameters").forEach(parameter -> {
      String name = parameter.path("name").asText();
      if ("query".equals(parameter.path("in").asText()) && name.startsWith("skip")) {
        skips.add(name + "=true");
      }
    });
    return skips.isEmpty() ? "" : "?" + String.join("&", skips);
  }

  /** An object for the schema, or null when none of its properties has a hostile value. */
  private Object object(JsonNode schema, Target target, String attacker, int depth) {
    JsonNode resolved = operations.resolve(schema);
    if (resolved == null || depth > DEPTH) {
      return null;
    }
    if (isVariableValue(schema)) {
      return variable(attacker, "String");
    }
    Map<String, Object> object = new LinkedHashMap<>();
    operations.properties(resolved).forEach((name, property) -> {
      Object value = value(name, operations.resolve(property), target, attacker, depth);
      if (value != null) {
        object.put(name, value);
      }
    });
    return object.isEmpty() ? null : object;
  }

  private Object value(String name, JsonNode property, Target target, String attacker, int depth) {
    String type = property.path("type").asText("object");
    return switch (type) {
      case "boolean" -> name.startsWith("skip") || name.equals("suspended") || name.equals("all")
          || name.equals("cancelCurrentActiveActivityInstances") || name.endsWith("Enabled") || name.startsWith("enable")
          ? Boolean.TRUE : null;
      case "integer" -> integer(name);
      case "string" -> string(name, target, attacker);
      case "array" -> array(name, property, target, attacker);
      default -> variablesOrNested(name, property, target, attacker, depth);
    };
  }

  private static Object integer(String name) {
    return switch (name) {
      case "retries", "historyTimeToLive" -> 0;
      case "priority", "jobPriority" -> 1000;
      case "type" -> 1; // an authorization that grants
      case "resourceType" -> 8; // process instances
      default -> null;
    };
  }

  private String string(String name, Target target, String attacker) {
    return switch (name) {
      case "errorCode" -> "trial-stopped-early";
      case "errorMessage", "message", "annotation", "deleteReason", "name", "description" -> "Done from outside";
      case "escalationCode" -> "trial-stopped-early";
      case "userId", "assignee", "owner", "workerId", "username" -> attacker;
      case "type" -> "candidate";
      case "processInstanceId" -> target.processInstanceId();
      case "businessKey", "processInstanceBusinessKey" -> target.reference();
      case "processDefinitionId" -> target.processDefinitionId();
      case "processDefinitionKey" -> LifecycleModel.PROCESS;
      case "executionId" -> target.executionId();
      case "taskId" -> target.taskId();
      case "jobId" -> target.jobId();
      case "activityId" -> PUBLISH;
      case "messageName" -> LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE;
      case "id" -> "attack" + unique.incrementAndGet(); // Camunda's ids: letters and digits
      case "password", "authenticatedUserPassword" -> DemoUsers.PASSWORD;
      case "firstName", "lastName" -> "Mallory";
      case "email" -> "mallory@pilotgate.invalid";
      case "due", "dueDate", "followUp", "followUpDate", "duedate", "removalTime", "absoluteRemovalTime" -> LONG_AGO;
      case "resourceId" -> "*";
      case "variableName" -> "proposer";
      case "value" -> attacker;
      case "valueType" -> "Bytes";
      default -> null;
    };
  }

  private Object array(String name, JsonNode property, Target target, String attacker) {
    JsonNode items = operations.resolve(property.path("items"));
    return switch (name) {
      case "processInstanceIds", "processInstanceIdIn", "historicProcessInstanceIds" -> List.of(target.processInstanceId());
      case "jobIds" -> List.of(target.jobId());
      case "taskIdIn" -> List.of(target.taskId());
      case "permissions" -> List.of("ALL");
      case "deletions" -> List.copyOf(governedVariables(target, attacker).keySet());
      case "startInstructions", "instructions" -> items != null && operations.properties(items).containsKey("activityId")
          && operations.properties(items).containsKey("type")
          ? List.of(Map.of("type", "startBeforeActivity", "activityId", PUBLISH)) : null;
      default -> null;
    };
  }

  private Object variablesOrNested(String name, JsonNode property, Target target, String attacker, int depth) {
    return switch (name) {
      case "variables", "modifications", "processVariables", "processVariablesLocal",
          "processVariablesToTriggeredScope", "localVariables" -> governedVariables(target, attacker);
      case "correlationKeys", "localCorrelationKeys", "valueInfo", "properties" -> null;
      case "query" -> Map.of(); // a filter's query: every task
      default -> object(property, target, attacker, depth + 1);
    };
  }

  /** Overrides of the variables PilotGate's rules read: who proposed it, its reference and version, the recommendation and the gate's decision. */
  static Map<String, Object> governedVariables(Target target, String attacker) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("proposer", variable(attacker.equals(target.proposer()) ? "mallory" : attacker, "String"));
    variables.put("pilotReference", variable(FORGED_REFERENCE, "String"));
    variables.put("registrationVersion", variable(99, "Integer"));
    variables.put("recommendation", variable("SCALE", "String"));
    variables.put("gateDecision", variable("SCALE", "String"));
    return variables;
  }

  private static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private boolean isVariableValue(JsonNode schema) {
    return schema.path("$ref").asText().endsWith("/VariableValueDto");
  }

  /** A multipart upload: a model for deployments (one step running an expression), bytes for anything else. */
  private Request multipart(Operation operation, String path, JsonNode schema, Target target, String attacker) {
    String boundary = "attack-" + unique.incrementAndGet();
    StringBuilder parts = new StringBuilder();
    operations.properties(schema).forEach((name, property) -> {
      JsonNode resolved = operations.resolve(property);
      boolean file = "binary".equals(resolved.path("format").asText());
      Object value = file ? fileContent(operation) : value(name, resolved, target, attacker, 0);
      if (value != null) {
        String fileName = file ? "; filename=\"attack" + (isDeployment(operation) ? ".bpmn" : ".bin") + "\"" : "";
        parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
            .append('"').append(fileName).append("\r\n\r\n").append(value).append("\r\n");
      }
    });
    return new Request(operation.method(), path, "multipart/form-data; boundary=" + boundary, parts + "--" + boundary + "--\r\n");
  }

  private static String fileContent(Operation operation) {
    return isDeployment(operation) ? ATTACK_MODEL : "attacker's bytes";
  }

  private static boolean isDeployment(Operation operation) {
    return operation.path().startsWith("/deployment");
  }

  /** A model whose script task would run on the server: what deploying through the API would allow. */
  private static final String ATTACK_MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          targetNamespace="attack">
        <process id="attack" isExecutable="true" camunda:historyTimeToLive="1">
          <startEvent id="start"/>
          <sequenceFlow id="toRun" sourceRef="start" targetRef="run"/>
          <serviceTask id="run" camunda:expression="${''.getClass().forName('java.lang.System').getProperty('user.home')}"/>
          <sequenceFlow id="toEnd" sourceRef="run" targetRef="end"/>
          <endEvent id="end"/>
        </process>
      </definitions>
      """;

  private static String write(Object json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
