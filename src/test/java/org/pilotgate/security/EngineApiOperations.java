package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of Camunda's engine REST API that is not a GET, read from Camunda's own OpenAPI
 * description and classified in {@code security/engine-api-operations.txt}: who gets past PilotGate's
 * HTTP rule and what the engine must then make of it.
 */
record EngineApiOperations(JsonNode openApi, List<EngineApiOperations.Operation> all) {

  /** Who gets past the HTTP rule; see the classification file's header. */
  enum Access { SIGNED_IN, WORKERS, OWN, ADMINS, NOBODY }

  /** What the engine must make of a request that got past the HTTP rule. */
  enum Outcome { READ, HARMLESS, GUARDED, WITHDRAWS, NONE }

  /** Tried in every lifecycle state of a pilot, or once. */
  enum Scope { PILOT, GLOBAL }

  record Operation(String method, String path, Access access, Outcome outcome, Scope scope, JsonNode spec) {

    boolean isWrite() {
      return outcome != Outcome.READ;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final String CLASSIFICATION = "/security/engine-api-operations.txt";
  private static final Set<String> NOT_READS = Set.of("post", "put", "delete");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Loads both and checks that they list the same operations: a route Camunda adds must be classified first. */
  static EngineApiOperations load() {
    JsonNode openApi = read("/openapi.json");
    Map<String, JsonNode> specified = new LinkedHashMap<>();
    openApi.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
      if (NOT_READS.contains(method.getKey())) {
        specified.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
      }
    }));
    List<Operation> classified = new ArrayList<>();
    for (String line : text(CLASSIFICATION).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.trim().split("\\s+");
      String key = columns[0] + " " + columns[1];
      classified.add(new Operation(columns[0], columns[1], Access.valueOf(columns[2]),
          "-".equals(columns[3]) ? Outcome.NONE : Outcome.valueOf(columns[3].toUpperCase()),
          Scope.valueOf(columns[4].toUpperCase()), specified.get(key)));
    }
    List<String> keys = classified.stream().map(Operation::toString).toList();
    assertThat(keys).as("operations classified in %s against Camunda's OpenAPI description", CLASSIFICATION)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(specified.keySet());
    return new EngineApiOperations(openApi, List.copyOf(classified));
  }

  /** A schema with its {@code $ref} followed. */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current != null && current.has("$ref")) {
      String name = current.get("$ref").asText().substring("#/components/schemas/".length());
      current = openApi.get("components").get("schemas").get(name);
    }
    return current;
  }

  /** The properties of an object schema, those of its {@code allOf} parts included. */
  Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    if (resolved == null) {
      return properties;
    }
    resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
    Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields();
    fields.forEachRemaining(field -> properties.put(field.getKey(), field.getValue()));
    return properties;
  }

  private static JsonNode read(String resource) {
    try {
      return JSON.readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = EngineApiOperations.class.getResourceAsStream(resource)) {
      assertThat(in).as("%s on the test classpath", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
