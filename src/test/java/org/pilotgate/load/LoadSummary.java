package org.pilotgate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code target/load/summary.md} after a run of {@link CouncilDailyCrowd}: throughput, p50/p95/p99
 * latency and errors per kind of request, from the newest Gatling report ({@code js/stats.js}, which
 * Gatling writes after the simulation has ended), followed by the run's facts and the saturation the
 * simulation recorded. Run by {@code exec:java} in the {@code load} profile.
 */
public final class LoadSummary {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STATS = "stats: {";

  private LoadSummary() {}

  public static void main(String[] arguments) throws IOException {
    Path report = newestReport(Path.of("target", "gatling"));
    String statistics = Files.readString(report.resolve("js").resolve("stats.js"));
    StringBuilder summary = new StringBuilder("# Load: a large council's daily crowd\n\nGatling report: ")
        .append(report.resolve("index.html")).append("\n\n")
        .append("| request | count | errors | per second | p50 ms | p95 ms | p99 ms | max ms |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    requests(statistics).forEach(request -> summary.append(row(request)));
    summary.append("\n## The run\n\n```\n").append(read(CouncilDailyCrowd.RESULTS.resolve("run.txt")))
        .append("```\n\n## Saturation (sampled from /actuator/prometheus)\n\n```\n")
        .append(read(CouncilDailyCrowd.RESULTS.resolve("saturation.txt"))).append("```\n");
    Path written = CouncilDailyCrowd.RESULTS.resolve("summary.md");
    Files.createDirectories(written.getParent());
    Files.writeString(written, summary);
    System.out.println(summary);
    System.out.println("Written to " + written.toAbsolutePath());
  }

  private static Path newestReport(Path folder) throws IOException {
    try (Stream<Path> runs = Files.list(folder)) {
      return runs.filter(run -> Files.exists(run.resolve("js").resolve("stats.js")))
          .max(Comparator.comparing(Path::getFileName))
          .orElseThrow(() -> new IllegalStateException("no Gatling report under " + folder));
    }
  }

  /**
   * The statistics of all requests and of each kind. stats.js is a script, not JSON, but each request's
   * {@code stats} object in it is JSON.
   */
  private static List<JsonNode> requests(String statistics) throws IOException {
    List<JsonNode> found = new ArrayList<>();
    for (int at = statistics.indexOf(STATS); at >= 0; at = statistics.indexOf(STATS, at + 1)) {
      int start = at + STATS.length() - 1;
      found.add(JSON.readTree(statistics.substring(start, matchingBrace(statistics, start) + 1)));
    }
    return found;
  }

  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unbalanced braces in stats.js");
  }

  /** Gatling's percentiles1..4 are its default 50th, 75th, 95th and 99th. */
  private static String row(JsonNode stats) {
    return "| %s | %s | %s | %s | %s | %s | %s | %s |%n".formatted(stats.path("name").asText(),
        total(stats, "numberOfRequests"), stats.path("numberOfRequests").path("ko").asText(),
        total(stats, "meanNumberOfRequestsPerSecond"), total(stats, "percentiles1"), total(stats, "percentiles3"),
        total(stats, "percentiles4"), total(stats, "maxResponseTime"));
  }

  private static String total(JsonNode stats, String figure) {
    return stats.path(figure).path("total").asText();
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "(" + file + " missing)\n";
  }
}
