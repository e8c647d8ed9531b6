package org.pilotgate.load;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.pilotgate.HttpTestClient;

/**
 * Reads the node's {@code /actuator/prometheus} as an administrator, a second apart, while the load runs,
 * and keeps the maximum and average of each series that shows saturation: the connection pool
 * (Hikari), the job executor (its thread pool and the jobs due but not yet run), Tomcat's request
 * threads and the CPU.
 */
final class SaturationSampler implements AutoCloseable {

  /** Series names (the part before any labels) whose figures are kept. */
  static final List<String> WATCHED = List.of(
      "hikaricp_connections_active", "hikaricp_connections_pending", "hikaricp_connections_idle",
      "hikaricp_connections_max", "hikaricp_connections_acquire_seconds_max", "hikaricp_connections_timeout_total",
      "pilotgate_jobs_due", "pilotgate_incidents_open",
      "executor_active_threads", "executor_queued_tasks", "executor_pool_size_threads", "executor_pool_max_threads",
      "tomcat_threads_busy_threads", "tomcat_threads_config_max_threads",
      "process_cpu_usage", "system_cpu_usage", "jvm_memory_used_bytes");

  private final HttpTestClient administrator;
  private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "saturation-sampler");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, Figures> figures = new TreeMap<>();
  private final AtomicLong scrapes = new AtomicLong();
  private final AtomicLong failedScrapes = new AtomicLong();
  private final AtomicLong scrapeNanos = new AtomicLong();

  SaturationSampler(HttpTestClient administrator) {
    this.administrator = administrator;
  }

  void start() {
    // a second between the end of one scrape and the next: a slow scrape is not followed by a burst of them
    schedule.scheduleWithFixedDelay(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  private void sample() {
    long started = System.nanoTime();
    try {
      HttpResponse<String> scraped = administrator.get("/actuator/prometheus", "text/plain");
      if (scraped.statusCode() != 200) {
        failedScrapes.incrementAndGet();
        return;
      }
      scrapeNanos.addAndGet(System.nanoTime() - started);
      scrapes.incrementAndGet();
      scraped.body().lines().filter(line -> !line.startsWith("#")).forEach(this::keepIfWatched);
    } catch (RuntimeException unreachable) {
      failedScrapes.incrementAndGet();
    }
  }

  private void keepIfWatched(String line) {
    int valueAt = line.lastIndexOf(' ');
    String series = line.substring(0, valueAt);
    int labelsAt = series.indexOf('{');
    String name = labelsAt < 0 ? series : series.substring(0, labelsAt);
    if (WATCHED.contains(name)) {
      double value = Double.parseDouble(line.substring(valueAt + 1));
      synchronized (figures) {
        figures.computeIfAbsent(series.replace(",}", "}"), s -> new Figures()).add(value);
      }
    }
  }

  /** Max, average and last value of every watched series, one a line. */
  String report() {
    synchronized (figures) {
      String lines = figures.entrySet().stream()
          .map(entry -> "%-110s max %12.3f  avg %12.3f  last %12.3f".formatted(entry.getKey(), entry.getValue().max,
              entry.getValue().average(), entry.getValue().last))
          .collect(Collectors.joining("\n"));
      return "samples: %d (a second apart; %d failed), scrape took %.1f ms on average%n%s%n".formatted(scrapes.get(),
          failedScrapes.get(), scrapes.get() == 0 ? 0 : scrapeNanos.get() / 1e6 / scrapes.get(), lines);
    }
  }

  @Override
  public void close() throws InterruptedException {
    schedule.shutdown();
    schedule.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static final class Figures {
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private long count;
    private double last;

    void add(double value) {
      max = Math.max(max, value);
      sum += value;
      count++;
      last = value;
    }

    double average() {
      return count == 0 ? 0 : sum / count;
    }
  }
}
