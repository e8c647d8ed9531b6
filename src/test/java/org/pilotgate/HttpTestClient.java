package org.pilotgate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client for tests against the running application, as a browser or API client would call it. */
public final class HttpTestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String authorization;
  private final HttpClient http;
  private String webappCsrfToken;
  private String forwardedFor;

  private HttpTestClient(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static HttpTestClient anonymous(int port) {
    return new HttpTestClient("http://localhost:" + port, null);
  }

  /** An API client sending HTTP Basic credentials with every request. */
  public static HttpTestClient basic(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new HttpTestClient("http://localhost:" + port, "Basic " + token);
  }

  /** A browser session signed in through the login page. */
  public static HttpTestClient signedIn(int port, String user, String password) {
    HttpTestClient browser = anonymous(port);
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
        .matcher(browser.getPage("/login").body());
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    HttpResponse<String> login = browser.postForm("/login",
        Map.of("username", user, "password", password, "_csrf", csrf.group(1)));
    if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login failed for " + user);
    }
    return browser;
  }

  /** The CSRF token of the form on PilotGate's page at {@code path}, as a browser would post it back. */
  public String csrfTokenOn(String path) {
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
        .matcher(getPage(path).body());
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on " + path);
    }
    return csrf.group(1);
  }

  /**
   * Takes the token Camunda's webapp CSRF filter hands out on a GET (if it hands one out), and sends
   * it with every later request, as the webapps do: without it Camunda refuses any change through
   * {@code /camunda/api}.
   */
  public HttpTestClient withWebappCsrfToken(String path) {
    webappCsrfToken = get(path).headers().firstValue("X-XSRF-TOKEN").orElse(null);
    return this;
  }

  /**
   * Sends every later request as if through a proxy for a client at {@code address}
   * ({@code X-Forwarded-For}), which the application honours when it trusts the proxy.
   */
  public HttpTestClient from(String address) {
    forwardedFor = address;
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A GET asking for the given media type, as Prometheus asks for its text format. */
  public HttpResponse<String> get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  /** A GET as a browser makes it, asking for HTML. */
  public HttpResponse<String> getPage(String path) {
    return send(request(path).setHeader("Accept", "text/html").GET());
  }

  public HttpResponse<String> postJson(String path, Object body) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public HttpResponse<String> putJson(String path, Object body) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Any method, with a body of the given type (none when {@code contentType} is null) and any further
   * headers (name, value, ...), sent as it is.
   */
  public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** A multipart form upload of one file, as a deployment to the engine REST API is made. */
  public HttpResponse<String> postFile(String path, String field, String fileName, String content) {
    String boundary = "pilotgate-" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST of raw bytes, for a body that is not UTF-8 text. */
  public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Variables in the engine REST API's form: lists as Json, other values untyped, as Tasklist sends them. */
  public static Map<String, Object> variables(VariableMap values) {
    Map<String, Object> rest = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      TypedValue typed = values.getValueTyped(name);
      rest.put(name, typed instanceof JsonValue
          ? Map.of("value", typed.getValue().toString(), "type", "Json")
          : Map.of("value", value));
    });
    return rest;
  }

  public static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).setHeader("Accept", "application/json");
    if (webappCsrfToken != null) {
      builder.header("X-XSRF-TOKEN", webappCsrfToken);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
