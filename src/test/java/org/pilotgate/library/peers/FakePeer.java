package org.pilotgate.library.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.process.ProcessData;

/**
 * A peer council's library as seen from outside: the JDK's HTTP server answering
 * {@code /api/library/export.json} per the export contract (after, limit, ETag, 304), or failing
 * the way a real peer can.
 */
final class FakePeer implements AutoCloseable {

  enum Mode { OK, ERROR_500, SLOW, NOT_JSON }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final TreeMap<Long, ObjectNode> reports = new TreeMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> etagsSent = new CopyOnWriteArrayList<>();
  private final AtomicInteger notModified = new AtomicInteger();
  private volatile Mode mode = Mode.OK;

  private FakePeer() {
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/api/library/export.json", this::export);
    server.setExecutor(threads);
    server.start();
  }

  static FakePeer start() {
    return new FakePeer();
  }

  /** The URL of a port nobody listens on: connecting is refused. */
  static String refusingUrl() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://localhost:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  FakePeer mode(Mode mode) {
    this.mode = mode;
    return this;
  }

  synchronized FakePeer publish(long sequence, ReportDocument report) {
    return publish(sequence, report, node -> { });
  }

  /** Publishes the report as JSON, changed by {@code edit} first (to make it invalid). */
  synchronized FakePeer publish(long sequence, ReportDocument report, Consumer<ObjectNode> edit) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(ProcessData.write(report));
      edit.accept(node);
      reports.put(sequence, node);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void reset() {
    reports.clear();
    requests.clear();
    etagsSent.clear();
    notModified.set(0);
    mode = Mode.OK;
  }

  /** The query string of every request received, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** The If-None-Match header of every request received, in order; empty when there was none. */
  List<String> etagsSent() {
    return List.copyOf(etagsSent);
  }

  int notModifiedAnswers() {
    return notModified.get();
  }

  private void export(HttpExchange exchange) throws IOException {
    try (exchange) {
      String query = exchange.getRequestURI().getRawQuery();
      requests.add(query);
      String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
      etagsSent.add(etag == null ? "" : etag);
      switch (mode) {
        case ERROR_500 -> send(exchange, 500, "text/plain", "Internal Server Error", null);
        case NOT_JSON -> send(exchange, 200, "text/html", "<html>Maintenance</html>", null);
        case SLOW -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(exchange, 200, "application/json", "{\"reports\":[],\"lastSequence\":0}", null);
        }
        case OK -> answer(exchange, parameters(query));
      }
    } catch (IOException clientGaveUp) {
      // the importer's timeout closed the connection
    }
  }

  private void answer(HttpExchange exchange, Map<String, String> query) throws IOException {
    long after = Long.parseLong(query.getOrDefault("after", "0"));
    int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
    ObjectNode body = JSON.createObjectNode();
    ArrayNode page = body.putArray("reports");
    long last = after;
    synchronized (this) {
      for (Map.Entry<Long, ObjectNode> report : reports.tailMap(after, false).entrySet()) {
        if (page.size() == limit) {
          break;
        }
        page.addObject().put("sequence", report.getKey()).set("report", report.getValue());
        last = report.getKey();
      }
    }
    body.put("lastSequence", last);
    String text = JSON.writeValueAsString(body);
    String etag = "\"" + sha256(text).substring(0, 16) + "\"";
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    send(exchange, 200, "application/json", text, etag);
  }

  private static void send(HttpExchange exchange, int status, String type, String body, String etag)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    if (etag != null) {
      exchange.getResponseHeaders().set("ETag", etag);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> parameters(String query) {
    if (query == null || query.isEmpty()) {
      return Map.of();
    }
    return java.util.Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : "", (a, b) -> b));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
