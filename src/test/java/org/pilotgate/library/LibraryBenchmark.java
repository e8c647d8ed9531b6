package org.pilotgate.library;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pilotgate.PilotGateApplication;
import org.pilotgate.audit.BenchmarkSection;
import org.pilotgate.process.ProcessData;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library at national size (1,000,000 reports with {@code -Dbenchmark.reports=1000000}) on
 * PostgreSQL, with the index on disk as a node keeps it. Four nodes in turn on one database and one
 * index folder: the first seeds the reports the database lacks ({@link GeneratedReports}, by COPY);
 * the second starts with no index, so it rebuilds in the background, and is timed on searches,
 * prior-work checks and "what works", and weighed (index on disk, heap with and without the index);
 * the third, a fresh JVM, restarts on the warm index and is timed until a search answers over HTTP.
 * A measurement, not a test: it asserts nothing about time. Writes target/benchmarks/library.txt and
 * its section of docs/benchmarks.md. Run it as docs/benchmarks.md says, with Java's assertions off as
 * in production (Surefire turns them on, and Lucene's own slow its indexing and search).
 */
class LibraryBenchmark {

  static final int REPORTS = Integer.getInteger("benchmark.reports", 50_000);
  static final String DATABASE = System.getProperty("benchmark.database",
      "jdbc:postgresql://127.0.0.1:5432/lib_bench");
  static final int SEARCHES = 400;
  static final int PRIOR_WORK_CHECKS = 200;
  static final int WHAT_WORKS = 50;
  static final int WHAT_WORKS_OVER_ALL = 5;
  static final Path FOLDER = Path.of("target", "benchmarks", "library-index").toAbsolutePath();
  static final Path RESULTS = Path.of("target", "benchmarks", "library.txt");
  static final Path PAGE = Path.of("docs", "benchmarks.md");
  static final String COMMAND = "mvn -o -B test -Dtest=LibraryBenchmark -Dsurefire.failIfNoSpecifiedTests=false "
      + "-Djacoco.skip=true -DenableAssertions=false -Dbenchmark.reports=" + REPORTS;

  private static final double MIB = 1024 * 1024;
  private static final String COLUMNS = "global_id, council, reference, origin, outcome, title, service_area, "
      + "published_at, document";

  @Test
  void measure() throws Exception {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long seedMillis;
    long seeded;
    try (ConfigurableApplicationContext node = start()) {
      node.getBean(LibraryIndex.class).close(); // this node only seeds: no rebuild beside the seeding
      JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
      long started = System.nanoTime();
      seeded = seed(jdbc, node.getBean(DataSource.class));
      seedMillis = (System.nanoTime() - started) / 1_000_000;
    }

    removeFolder();
    Random random = new Random(7);
    long startedAt = System.nanoTime();
    String measured;
    long rebuildMillis;
    long firstAnswerMillis;
    long indexBytes;
    long heapWith;
    long heapWithout;
    long reopenMillis;
    long reports;
    try (ConfigurableApplicationContext node = start()) {
      LibraryIndex index = node.getBean(LibraryIndex.class);
      firstAnswerMillis = (System.nanoTime() - startedAt) / 1_000_000;
      index.search(LibraryQuery.forText("recycling"));
      while (index.state().rebuildingBecause() != null) {
        Thread.sleep(200);
      }
      rebuildMillis = (System.nanoTime() - startedAt) / 1_000_000;
      reports = index.state().reports();
      indexBytes = folderBytes();
      measured = timings(index, random);
      heapWith = heapAfterGc();
      index.close();
      heapWithout = heapAfterGc();
      reopenMillis = reopen(node);
    }
    long restartMillis = restartInFreshJvm();
    String restartLog;
    try (Stream<String> lines = Files.lines(RESULTS.resolveSibling("library-restart.log"))) {
      restartLog = lines.filter(line -> line.contains("Started PilotGateApplication") || line.contains("caught up"))
          .map(line -> "  " + line.substring(line.lastIndexOf(" : ") + 3)).collect(Collectors.joining("\n"));
    }

    String results = String.format("""
        size: %,d reports in the database (seeded now: %,d in %.1f s), %,d in the index
        command: %s
        date: %s; load average at the start: %.2f; machine: %d cores, Java %s, max heap %d MiB
        database: %s (PostgreSQL by COPY when the URL is PostgreSQL's)
        start with no index: context ready and searching (partial answers) after %.1f s; rebuild complete after %.1f s
        index on disk: %,d MiB (%.0f bytes per report)
        heap after GC with the index open: %.1f MiB; after closing it: %.1f MiB; the index's share: %.1f MiB
        %s
        the index's part of a restart (open the warm folder, catch up, first search): %.2f s
        restart on the warm index (a new JVM, same database and folder) until a search answers over HTTP: %.1f s
        %s
        """, reports + 0L, seeded, seedMillis / 1000.0, reports, COMMAND, LocalDate.now(), load,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), DATABASE, firstAnswerMillis / 1000.0,
        rebuildMillis / 1000.0, indexBytes / (1024 * 1024), indexBytes / (double) Math.max(1, reports),
        heapWith / MIB, heapWithout / MIB, (heapWith - heapWithout) / MIB, measured.strip(), reopenMillis / 1000.0,
        restartMillis / 1000.0, restartLog);
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, results);
    BenchmarkSection.write(PAGE, "library-benchmark", "The learning library at national size", "```text\n"
        + results.strip() + "\n```");
    System.out.println(results);
  }

  private static String timings(LibraryIndex index, Random random) {
    double[] search = time(SEARCHES, 50, () -> index.search(randomQuery(random)));
    double[] priorWork = time(PRIOR_WORK_CHECKS, 50, () -> {
      String[] proposal = GeneratedReports.proposal(random);
      return index.similarTo(proposal[0], proposal[1], proposal[2], 6, 2.0);
    });
    double[] whatWorks = time(WHAT_WORKS, 10, () -> index.whatWorks(randomQuery(random)));
    double[] everything = time(WHAT_WORKS_OVER_ALL, 1, () -> index.whatWorks(new LibraryQuery(null, null, null,
        null, null, null, null, 1, 20)));
    return String.format("""
        search (%d queries, words and filters): p50 %.1f ms, p95 %.1f ms
        prior-work check (%d generated proposals): p50 %.1f ms, p95 %.1f ms
        what works (%d queries as the searches'): p50 %.1f ms, p95 %.1f ms
        what works over every report (%d times): p50 %.0f ms, p95 %.0f ms
        """, SEARCHES, search[0], search[1], PRIOR_WORK_CHECKS, priorWork[0], priorWork[1], WHAT_WORKS,
        whatWorks[0], whatWorks[1], WHAT_WORKS_OVER_ALL, everything[0], everything[1]);
  }

  /** The index's own part of a restart: opening the warm folder, catching up, and a first search. */
  private static long reopen(ConfigurableApplicationContext node) throws IOException {
    long started = System.nanoTime();
    try (LibraryIndex reopened = new LibraryIndex(node.getBean(LibraryStore.class), node.getBean(Clock.class),
        FOLDER.toString(), Duration.ofMinutes(10))) {
      reopened.catchUp();
      reopened.search(LibraryQuery.forText("recycling"));
      return (System.nanoTime() - started) / 1_000_000;
    }
  }

  private static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(PilotGateApplication.class).run(arguments(0).toArray(String[]::new));
  }

  /** The settings every node of the benchmark starts with (over src/test/resources/config/application.yml). */
  private static List<String> arguments(int port) {
    List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + DATABASE,
        "--server.port=" + port, "--pilotgate.library.index-dir=" + FOLDER,
        "--pilotgate.library.index-refresh-millis=3600000"));
    if (DATABASE.startsWith("jdbc:postgresql:")) {
      arguments.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.username=postgres",
          "--spring.datasource.password="));
    }
    return arguments;
  }

  /** Adds the reports the database lacks, up to {@link #REPORTS}; returns how many it added. */
  private static long seed(JdbcTemplate jdbc, DataSource dataSource) throws Exception {
    Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM published_report", Long.class);
    int from = existing == null ? 0 : existing.intValue();
    int chunk = 20_000;
    try (Connection connection = dataSource.getConnection()) {
      for (int first = from; first < REPORTS; first += chunk) {
        Random random = new Random(first);
        List<ReportDocument> reports = new ArrayList<>();
        for (int i = first; i < Math.min(first + chunk, REPORTS); i++) {
          reports.add(GeneratedReports.report(random, i));
        }
        if (connection.isWrapperFor(PGConnection.class)) {
          copy(connection.unwrap(PGConnection.class), reports);
        } else {
          jdbc.batchUpdate("INSERT INTO published_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              reports.stream().map(LibraryBenchmark::row).toList());
        }
      }
      if (connection.isWrapperFor(PGConnection.class)) {
        jdbc.execute("ANALYZE published_report");
      }
    }
    return Math.max(0, REPORTS - from);
  }

  private static void copy(PGConnection connection, List<ReportDocument> reports) throws Exception {
    StringBuilder csv = new StringBuilder();
    for (ReportDocument report : reports) {
      Object[] row = row(report);
      for (int column = 0; column < row.length; column++) {
        csv.append(column == 0 ? "" : ",").append('"').append(row[column].toString().replace("\"", "\"\""))
            .append('"');
      }
      csv.append('\n');
    }
    connection.getCopyAPI().copyIn("COPY published_report (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
        new StringReader(csv.toString()));
  }

  private static Object[] row(ReportDocument report) {
    return new Object[] {report.globalId(), report.council(), report.reference(), "local", report.outcome(),
        report.title(), report.serviceArea(), Timestamp.from(report.publishedAt()), ProcessData.write(report)};
  }

  /** Starts the application in a new JVM on the warm index; the time until its search API answers with hits. */
  private static long restartInFreshJvm() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", classPath(), PilotGateApplication.class.getName()));
    command.addAll(arguments(port));
    Path log = RESULTS.resolveSibling("library-restart.log");
    long started = System.nanoTime();
    Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest search = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + LibraryApiController.PATH + "?q=recycling")).build();
      while (node.isAlive()) {
        try {
          HttpResponse<String> answer = http.send(search, HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200 && answer.body().contains("globalId")) {
            return (System.nanoTime() - started) / 1_000_000;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("The restarted node stopped; see " + log);
    } finally {
      node.destroy();
      node.waitFor();
    }
  }

  /**
   * This JVM's class path without empty entries: Surefire's ends with a separator, which a new JVM
   * reads as the working directory, where Spring would find every BPMN model a second time.
   */
  private static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
  }

  private static LibraryQuery randomQuery(Random random) {
    String text = GeneratedReports.query(random);
    return switch (random.nextInt(4)) {
      case 0 -> LibraryQuery.forText(text);
      case 1 -> new LibraryQuery(text, ReportDocument.FAILED, null, null, null, null, null, 1, 20);
      case 2 -> new LibraryQuery(text, null, null, null, GeneratedReports.council(random.nextInt(
          GeneratedReports.COUNCILS)), null, null, 1 + random.nextInt(3), 20);
      default -> new LibraryQuery(null, ReportDocument.FAILED, null, "COST", null, 2016 + random.nextInt(10), null,
          1, 20);
    };
  }

  /** p50 and p95 in milliseconds of running {@code action} {@code times} times, after {@code warmUps} runs. */
  private static double[] time(int times, int warmUps, Supplier<?> action) {
    for (int i = 0; i < warmUps; i++) {
      action.get();
    }
    double[] millis = new double[times];
    for (int i = 0; i < times; i++) {
      long started = System.nanoTime();
      action.get();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return new double[] {millis[(int) (times * 0.50)], millis[(int) Math.ceil(times * 0.95) - 1]};
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long folderBytes() throws IOException {
    try (Stream<Path> files = Files.walk(FOLDER)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }

  private static void removeFolder() throws IOException {
    if (Files.exists(FOLDER)) {
      try (Stream<Path> files = Files.walk(FOLDER)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
