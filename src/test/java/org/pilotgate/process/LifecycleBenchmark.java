package org.pilotgate.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pilotgate.audit.BenchmarkSection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real pilot lifecycle against its {@link BareTwin} on the same engine and PostgreSQL database,
 * history FULL, driven the same way through the REST API ({@link LifecycleDriver}) with 1, 2 and 4
 * client threads, runs alternating real, twin, real, twin after a warm-up run of each. Reports
 * pilots/s, task completions/s, the ratio real/twin, completion latencies and what a finished pilot
 * leaves per table ({@link TableBytes}). Writes target/benchmarks/lifecycle.txt and its section of
 * docs/benchmarks.md; the command is there. PostgreSQL only (on H2 it reports itself skipped).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifecycleBenchmark {

  static final int PILOTS = Integer.getInteger("benchmark.pilots", 40);
  static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
  static final List<Integer> THREADS = List.of(1, 2, 4);
  static final Path RESULTS = Path.of("target", "benchmarks", "lifecycle.txt");
  static final Path PAGE = Path.of("docs", "benchmarks.md");
  static final String HEADING = "The lifecycle against its bare twin";
  static final int COMPLETIONS_PER_PILOT = 6;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  /** One variant's results at one thread count, summed over its runs. */
  private static final class Tally {
    int pilots;
    double seconds;
    final List<Double> completions = new ArrayList<>();
    final List<Double> starts = new ArrayList<>();

    double pilotsPerSecond() {
      return pilots / seconds;
    }
  }

  @Test
  void measure() throws Exception {
    Assumptions.assumeTrue("PostgreSQL".equals(jdbc.execute(
        (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())),
        "LifecycleBenchmark measures PostgreSQL: run it with -Ppostgres (see docs/benchmarks.md)");
    String loadBefore = load();
    BareTwin twin = new BareTwin(engine);
    String deployment = twin.deploy();
    Map<String, LifecycleDriver> drivers = new LinkedHashMap<>();
    drivers.put(LifecycleModel.PROCESS, new LifecycleDriver(port, LifecycleModel.PROCESS, management));
    drivers.put(BareTwin.PROCESS, new LifecycleDriver(port, BareTwin.PROCESS, management));

    drivers.values().forEach(driver -> run(driver, 2, PILOTS / 2, new Tally()));
    Map<String, Map<Integer, Tally>> tallies = new LinkedHashMap<>();
    Map<String, TableBytes> bytes = new LinkedHashMap<>();
    Map<String, Integer> measuredPilots = new LinkedHashMap<>();
    for (int threads : THREADS) {
      for (int round = 0; round < ROUNDS; round++) {
        for (Map.Entry<String, LifecycleDriver> variant : drivers.entrySet()) {
          Tally tally = tallies.computeIfAbsent(variant.getKey(), key -> new LinkedHashMap<>())
              .computeIfAbsent(threads, key -> new Tally());
          TableBytes before = TableBytes.now(jdbc);
          run(variant.getValue(), threads, PILOTS, tally);
          bytes.merge(variant.getKey(), TableBytes.now(jdbc).since(before), TableBytes::plus);
          measuredPilots.merge(variant.getKey(), PILOTS, Integer::sum);
        }
      }
    }
    twin.remove(deployment);

    String results = results(tallies, bytes, measuredPilots, loadBefore);
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, results);
    BenchmarkSection.write(PAGE, "lifecycle-benchmark", HEADING, results);
    System.out.println(results);
  }

  /** {@code pilots} pilots of one variant on {@code threads} client threads; the wall time goes to the tally. */
  private void run(LifecycleDriver driver, int threads, int pilots, Tally tally) {
    AtomicInteger next = new AtomicInteger();
    List<LifecycleDriver.Timings> timings = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(clients.submit(() -> {
          while (next.getAndIncrement() < pilots) {
            timings.add(driver.pilot().getValue());
          }
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a client failed", e);
    } finally {
      clients.shutdownNow();
    }
    tally.seconds += (System.nanoTime() - started) / 1e9;
    tally.pilots += pilots;
    timings.forEach(pilot -> {
      tally.starts.add(pilot.start());
      tally.completions.addAll(pilot.completions());
    });
  }

  private String results(Map<String, Map<Integer, Tally>> tallies, Map<String, TableBytes> bytes,
      Map<String, Integer> pilots, String loadBefore) {
    StringBuilder text = new StringBuilder();
    text.append("Run %s on %d cores, Java %s, %s, history %s; load average (1, 5, 15 min) before %s, after %s.%n%n"
        .formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
            jdbc.queryForObject("SELECT split_part(version(), ' on ', 1)", String.class),
            engine.getManagementService().getHistoryLevel() == 3 ? "FULL" : "level " + engine.getManagementService().getHistoryLevel(),
            loadBefore, load()));
    text.append(("%d pilots per run, %d runs of each variant per thread count, alternating; a warm-up run of %d pilots "
        + "of each before. The library held %,d published reports at the end (one success report per real pilot).%n%n")
        .formatted(PILOTS, ROUNDS, PILOTS / 2, jdbc.queryForObject("SELECT count(*) FROM published_report", Long.class)));
    text.append("| threads | variant | pilots/s | completions/s | ratio real/twin | completion p50 / p95 / p99 | start p95 |\n");
    text.append("|---|---|---|---|---|---|---|\n");
    Map<Integer, Tally> real = tallies.get(LifecycleModel.PROCESS);
    Map<Integer, Tally> bare = tallies.get(BareTwin.PROCESS);
    for (int threads : THREADS) {
      double ratio = real.get(threads).pilotsPerSecond() / bare.get(threads).pilotsPerSecond();
      for (Map.Entry<String, Map<Integer, Tally>> variant : tallies.entrySet()) {
        Tally tally = variant.getValue().get(threads);
        List<Double> sorted = tally.completions.stream().sorted().toList();
        text.append("| %d | %s | %.2f | %.1f | %s | %.1f / %.1f / %.1f ms | %.1f ms |%n".formatted(threads,
            variant.getKey().equals(LifecycleModel.PROCESS) ? "real" : "twin", tally.pilotsPerSecond(),
            tally.pilotsPerSecond() * COMPLETIONS_PER_PILOT,
            variant.getKey().equals(LifecycleModel.PROCESS) ? "**%.2f**".formatted(ratio) : "",
            percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
            percentile(tally.starts.stream().sorted().toList(), 0.95)));
      }
    }
    text.append("\nWhat a finished pilot leaves, per table (live rows and their bytes per pilot, over the measured runs):\n\n");
    text.append("| table | real rows | real bytes | twin rows | twin bytes |\n|---|---|---|---|---|\n");
    TableBytes realBytes = bytes.get(LifecycleModel.PROCESS);
    TableBytes bareBytes = bytes.get(BareTwin.PROCESS);
    int realPilots = pilots.get(LifecycleModel.PROCESS);
    int barePilots = pilots.get(BareTwin.PROCESS);
    for (String table : realBytes.tables().keySet()) {
      TableBytes.Rows r = realBytes.table(table);
      TableBytes.Rows b = bareBytes.table(table);
      if (r.rows() != 0 || b.rows() != 0) {
        text.append("| %s | %.1f | %s | %.1f | %s |%n".formatted(table, (double) r.rows() / realPilots,
            size(r.bytes() / realPilots), (double) b.rows() / barePilots, size(b.bytes() / barePilots)));
      }
    }
    TableBytes.Rows r = realBytes.total();
    TableBytes.Rows b = bareBytes.total();
    text.append("| **all** | %.1f | **%s** | %.1f | **%s** |%n".formatted((double) r.rows() / realPilots,
        size(r.bytes() / realPilots), (double) b.rows() / barePilots, size(b.bytes() / barePilots)));
    text.append("%nBytes per finished pilot, real/twin: **%.2f**.%n".formatted(
        ((double) r.bytes() / realPilots) / ((double) b.bytes() / barePilots)));
    return text.toString();
  }

  private static double percentile(List<Double> sorted, double share) {
    return sorted.get((int) Math.ceil(sorted.size() * share) - 1);
  }

  private static String size(long bytes) {
    return bytes >= 1024 ? "%.1f KiB".formatted(bytes / 1024.0) : bytes + " B";
  }

  private static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return String.join(", ", fields[0], fields[1], fields[2]);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
