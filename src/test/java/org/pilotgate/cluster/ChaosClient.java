package org.pilotgate.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.pilotgate.security.DemoUsers;

/**
 * The engine REST API of the chaos cluster, as Tasklist and an operator's scripts call it: each request
 * goes to a node that is up. A request whose node dies under it (refused, reset, no answer) ends in
 * {@link NodeLost}: whether it took effect is unknown, and the caller finds out by reading again.
 */
final class ChaosClient {

  /** The node went away before answering: the request may or may not have taken effect. */
  static final class NodeLost extends Exception {
    NodeLost(String request, Throwable cause) {
      super(request + ": " + cause, cause);
    }
  }

  /** A node answered 503: it cannot reach its database, or the database takes no changes; nothing was done. */
  static final class Unavailable extends Exception {
    Unavailable(String request, String answer) {
      super(request + ": 503 " + answer);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChaosCluster cluster;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  ChaosClient(ChaosCluster cluster) {
    this.cluster = cluster;
  }

  ChaosCluster cluster() {
    return cluster;
  }

  HttpResponse<String> get(String user, String path) throws NodeLost, Unavailable, InterruptedException {
    return send(cluster.anyUp(), user, "GET", path, null);
  }

  /** A GET of the engine REST API that must answer 200, read as JSON. */
  JsonNode read(String user, String path) throws NodeLost, Unavailable, InterruptedException {
    return readJson(user, Pilots.ENGINE + path);
  }

  /** A GET that must answer 200, read as JSON. */
  JsonNode readJson(String user, String path) throws NodeLost, Unavailable, InterruptedException {
    return readJson(cluster.anyUp(), user, path);
  }

  /** A GET of the given node that must answer 200, read as JSON. */
  JsonNode readJson(PilotGateNode node, String user, String path) throws NodeLost, Unavailable, InterruptedException {
    HttpResponse<String> response = send(node, user, "GET", path, null);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
    return json(response.body());
  }

  HttpResponse<String> postJson(String user, String path, Object body) throws NodeLost, Unavailable, InterruptedException {
    return send(cluster.anyUp(), user, "POST", path, body);
  }

  HttpResponse<String> putJson(String user, String path, Object body) throws NodeLost, Unavailable, InterruptedException {
    return send(cluster.anyUp(), user, "PUT", path, body);
  }

  private HttpResponse<String> send(PilotGateNode node, String user, String method, String path, Object body)
      throws NodeLost, Unavailable, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text(body)));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException lost) {
      throw new NodeLost(method + " " + path + " on " + node.name(), lost);
    }
    if (response.statusCode() == 503) {
      throw new Unavailable(method + " " + path + " on " + node.name(), response.body());
    }
    return response;
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }

  private static String text(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
