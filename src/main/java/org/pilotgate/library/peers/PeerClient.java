package org.pilotgate.library.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks a peer's library for its reports after a sequence number:
 * {@code GET <base>/api/library/export.json?after=<n>&origin=local&limit=<n>}, with the ETag of the
 * last answer so an unchanged library answers 304. Every request is bounded: connecting, the whole
 * exchange, and the size of the answer.
 */
class PeerClient {

  static final String EXPORT_PATH = "/api/library/export.json";
  /** Far above a page of reports; a peer sending more is broken or hostile. */
  static final long MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  /** A report as the peer listed it, not yet checked. */
  record Entry(long sequence, JsonNode report) {}

  /** The peer's answer: {@code notModified}, or a page of entries (oldest first) and its ETag. */
  record Page(boolean notModified, List<Entry> entries, String etag) {
    static Page unchanged(String etag) {
      return new Page(true, List.of(), etag);
    }
  }

  /** Why a request to a peer failed, short enough for the status page. */
  static final class PeerFailure extends Exception {
    PeerFailure(String message) {
      super(message);
    }

    PeerFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final HttpClient http;
  private final Duration requestTimeout;
  private final ObjectMapper json;
  private final String userAgent;

  PeerClient(Duration connectTimeout, Duration requestTimeout, ObjectMapper json, String userAgent) {
    this.http = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.requestTimeout = requestTimeout;
    this.json = json;
    this.userAgent = userAgent;
  }

  Page export(String baseUrl, long after, int limit, String etag) throws PeerFailure, InterruptedException {
    URI uri = URI.create(baseUrl + EXPORT_PATH + "?after=" + after + "&origin="
        + URLEncoder.encode("local", StandardCharsets.UTF_8) + "&limit=" + limit);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("Accept", "application/json")
        .header("User-Agent", userAgent)
        .GET();
    if (etag != null && !etag.isBlank()) {
      request.header("If-None-Match", etag);
    }
    HttpResponse<byte[]> response = send(request.build());
    String newEtag = response.headers().firstValue("ETag").orElse(null);
    if (response.statusCode() == 304) {
      return Page.unchanged(newEtag != null ? newEtag : etag);
    }
    if (response.statusCode() != 200) {
      throw new PeerFailure("HTTP " + response.statusCode() + " from " + uri.getPath());
    }
    return new Page(false, entries(response.body(), after), newEtag);
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws PeerFailure, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> exchange =
        http.sendAsync(request, info -> new LimitedBody(MAX_RESPONSE_BYTES));
    try {
      // the request's own timeout covers only the wait for the headers: this bounds the body too
      return exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new PeerFailure("timed out after " + seconds(requestTimeout));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw failure(e.getCause() == null ? e : e.getCause());
    }
  }

  private PeerFailure failure(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return new PeerFailure("could not connect within the connect timeout", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new PeerFailure("timed out after " + seconds(requestTimeout), cause);
    }
    if (cause instanceof ConnectException) {
      return new PeerFailure("connection refused", cause);
    }
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return new PeerFailure(cause.getClass().getSimpleName() + message, cause);
  }

  private List<Entry> entries(byte[] body, long after) throws PeerFailure {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new PeerFailure("the export is not JSON: " + firstLine(e.getMessage()));
    }
    JsonNode reports = root == null ? null : root.get("reports");
    if (reports == null || !reports.isArray()) {
      throw new PeerFailure("the export has no \"reports\" list");
    }
    List<Entry> entries = new ArrayList<>();
    long previous = after;
    for (JsonNode item : reports) {
      JsonNode sequence = item.get("sequence");
      if (sequence == null || !sequence.canConvertToExactIntegral() || !sequence.canConvertToLong()) {
        throw new PeerFailure("an entry of the export has no whole \"sequence\" number");
      }
      if (sequence.asLong() <= previous) {
        // a peer ignoring "after", or listing out of order: the cursor could skip reports
        throw new PeerFailure("the export is out of order: sequence " + sequence.asLong() + " after " + previous);
      }
      previous = sequence.asLong();
      entries.add(new Entry(previous, item.get("report")));
    }
    return entries;
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** Collects the body, refusing one larger than {@code max} bytes. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final long max;
    private Flow.Subscription subscription;
    private long received;
    private boolean refused;

    LimitedBody(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return bytes.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (refused) {
        return;
      }
      for (ByteBuffer item : items) {
        received += item.remaining();
      }
      if (received > max) {
        refused = true;
        subscription.cancel();
        bytes.onError(new IOException("the answer is larger than " + max + " bytes"));
        return;
      }
      bytes.onNext(items);
    }

    @Override
    public void onError(Throwable error) {
      if (!refused) {
        bytes.onError(error);
      }
    }

    @Override
    public void onComplete() {
      if (!refused) {
        bytes.onComplete();
      }
    }
  }
}
