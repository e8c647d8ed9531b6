package org.pilotgate.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.form.Submission;

/**
 * The one place that turns process variables into plain Java and back. JSON variables (what
 * Tasklist sends for lists) become lists and maps; lists and records are stored as JSON
 * variables, which forms and the REST API can read.
 */
public final class ProcessData {

  // Unknown fields are ignored: a report from a peer running a newer PilotGate may carry more.
  private static final ObjectMapper JSON = JsonMapper.builder()
      .findAndAddModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ProcessData() {}

  /** Every variable visible from {@code scope}, JSON values as lists and maps. */
  public static Submission submission(VariableScope scope) {
    return Submission.of(plainVariables(scope));
  }

  /**
   * Every variable visible from {@code scope} as plain Java. A JSON variable that does not parse (the
   * REST API stores JSON unchecked), or that holds a single value rather than a list or an object, is
   * refused here, naming the variable, before any reader sees it.
   */
  public static Map<String, Object> plainVariables(VariableScope scope) {
    Map<String, Object> plain = new HashMap<>();
    for (String name : scope.getVariableNames()) {
      plain.put(name, plain(readable(scope, name)));
    }
    return plain;
  }

  private static TypedValue readable(VariableScope scope, String name) {
    TypedValue value;
    try {
      value = scope.getVariableTyped(name);
    } catch (ProcessEngineException unreadable) {
      JsonProcessingException parsing = causeOfType(unreadable, JsonProcessingException.class);
      if (parsing == null) {
        throw unreadable;
      }
      // Jackson's own words, without its pointer into a source it does not show
      String problem = parsing.getOriginalMessage().replaceFirst(" \\(start marker at .*", "");
      throw new InvalidSubmission(name, "must be valid JSON (" + problem + ")");
    }
    // Forms send only lists and objects as JSON. A single value sent as JSON would read as plain text or
    // a number here, yet stay a JSON variable that code and expressions reading it as text cannot use.
    if (value.getValue() instanceof SpinJsonNode node && !node.isArray() && !node.isObject()) {
      throw new InvalidSubmission(name, "must be a list or an object when sent as JSON");
    }
    return value;
  }

  private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
    for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  public static Object plain(Object value) {
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value instanceof SpinJsonNode node) {
      return read(node.toString(), Object.class);
    }
    return value;
  }

  /**
   * Sets a variable unless it already holds this value. A step that writes back what was just
   * submitted, or what it holds already, would otherwise add a history row (and for JSON a byte array)
   * that tells an auditor nothing: the value's setting and every change stay in the history.
   */
  public static void setIfChanged(VariableScope scope, String name, Object value) {
    if (!holds(scope.getVariableTyped(name, false), value)) {
      scope.setVariable(name, value);
    }
  }

  /** Whether {@code current} is {@code value}: of the same type, and equal (JSON by content, whatever its layout). */
  private static boolean holds(TypedValue current, Object value) {
    if (current == null) {
      return false;
    }
    if (!(value instanceof TypedValue typed)) {
      return value != null && value.equals(current.getValue());
    }
    if (typed instanceof SerializableValue json && current instanceof SerializableValue stored) {
      JsonNode written = tree(json.getValueSerialized());
      return json.getType().equals(stored.getType()) && written != null
          && written.equals(tree(stored.getValueSerialized()));
    }
    return typed.getType().equals(current.getType()) && Objects.equals(typed.getValue(), current.getValue());
  }

  /** The JSON's content, or null if there is none to compare. */
  private static JsonNode tree(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A list, map or record as a JSON variable value. */
  public static TypedValue json(Object value) {
    return SpinValues.jsonValue(write(value)).create();
  }

  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read JSON as " + type.getSimpleName(), e);
    }
  }

  /** Converts plain lists and maps into a typed value, e.g. the rows of a JSON variable into records. */
  public static <T> T convert(Object value, Class<T> type) {
    return JSON.convertValue(value, type);
  }
}
