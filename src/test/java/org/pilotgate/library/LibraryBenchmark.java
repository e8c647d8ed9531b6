package org.pilotgate.library;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.process.ProcessData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library at 50,000 reports: seeds them, rebuilds the index, runs a few hundred searches,
 * prior-work checks and "what works" counts, and writes p50/p95 to target/benchmarks/library.txt.
 * A measurement, not a test: it asserts nothing about time. Run it with
 * {@code mvn -B test -Dtest=LibraryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = "pilotgate.library.index-refresh-millis=3600000")
class LibraryBenchmark {

  static final int REPORTS = Integer.getInteger("benchmark.reports", 50_000);
  static final int SEARCHES = 400;
  static final int PRIOR_WORK_CHECKS = 200;
  static final int WHAT_WORKS = 100;
  static final Path RESULTS = Path.of("target", "benchmarks", "library.txt");

  private static final String[] WORDS = ("bus driver passenger loneliness referral bin crew recycling food waste "
      + "pharmacy prescription housing repair tenant arrears benefit advice school parent attendance library "
      + "volunteer befriending fall prevention carer respite parking permit street lighting graffiti youth club "
      + "allotment flood warning heat wave cooling centre sensor app text message reminder outreach van "
      + "contact centre chatbot training partner charity budget cost evaluation trial survey complaint "
      + "safeguarding insurance rota depot electric vehicle charging solar canopy tree planting noise").split(" ");

  @Autowired JdbcTemplate jdbc;
  @Autowired LibraryIndex index;

  @Test
  void measure() throws IOException {
    Random random = new Random(42);
    long seeded = seed(random);
    long rebuildStarted = System.nanoTime();
    long indexed = index.rebuild();
    long rebuildMillis = (System.nanoTime() - rebuildStarted) / 1_000_000;

    double[] search = time(SEARCHES, () -> index.search(randomQuery(random)));
    double[] whatWorks = time(WHAT_WORKS, () -> index.whatWorks(randomQuery(random)));
    double[] everything = time(WHAT_WORKS, () -> index.whatWorks(new LibraryQuery(null, null, null, null, null,
        null, null, 1, 20)));
    double[] priorWork = time(PRIOR_WORK_CHECKS, () -> index.similarTo(sentence(random, 6), sentence(random, 60),
        ServiceArea.values()[random.nextInt(ServiceArea.values().length)].name(), 6, 2.0));

    String results = String.format("""
        reports: %d (seeded %d), indexed: %d
        index rebuild at start-up: %d ms
        search (%d queries, words and filters): p50 %.1f ms, p95 %.1f ms
        prior-work check (%d proposals): p50 %.1f ms, p95 %.1f ms
        what works (%d queries as the searches'): p50 %.1f ms, p95 %.1f ms
        what works over every report (%d times): p50 %.1f ms, p95 %.1f ms
        machine: %d cores, Java %s, max heap %d MiB
        """, REPORTS, seeded, indexed, rebuildMillis, SEARCHES, search[0], search[1], PRIOR_WORK_CHECKS,
        priorWork[0], priorWork[1], WHAT_WORKS, whatWorks[0], whatWorks[1], WHAT_WORKS, everything[0],
        everything[1], Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, results);
    System.out.println(results);
  }

  private long seed(Random random) {
    Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM published_report", Long.class);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      ReportDocument report = report(random, i);
      rows.add(new Object[] {report.globalId(), report.council(), report.reference(), "local", report.outcome(),
          report.title(), report.serviceArea(), Timestamp.from(report.publishedAt()), ProcessData.write(report)});
      if (rows.size() == 1000) {
        insert(rows);
      }
    }
    insert(rows);
    return REPORTS + (existing == null ? 0 : existing);
  }

  private void insert(List<Object[]> rows) {
    jdbc.batchUpdate("INSERT INTO published_report (global_id, council, reference, origin, outcome, title, "
        + "service_area, published_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    rows.clear();
  }

  private static ReportDocument report(Random random, int i) {
    String council = "C" + (i % 40);
    String reference = "PIL-%d-%05d".formatted(2018 + i % 8, i);
    boolean failed = random.nextInt(3) > 0;
    return new ReportDocument(ReportDocument.globalId(council, reference), council, reference,
        failed ? ReportDocument.FAILED : ReportDocument.SUCCEEDED, capitalised(sentence(random, 6)),
        sentence(random, 30), ServiceArea.values()[random.nextInt(ServiceArea.values().length)].name(),
        sentence(random, 40), sentence(random, 25),
        new Registration.Intervention("OTHER", sentence(random, 15), sentence(random, 4), sentence(random, 4), "weekly"),
        1 + random.nextInt(5), 10 + random.nextInt(500), BigDecimal.valueOf(1000 + random.nextInt(50_000)),
        List.of(), 1, List.of(), null, List.of(), List.of(), 1 + random.nextInt(5), sentence(random, 40), "none", null,
        sentence(random, 20), failed ? null : sentence(random, 30), failed ? null : sentence(random, 20),
        failed ? List.of(Arrays.asList("THEORY", "IMPLEMENTATION", "CONTEXT", "PARTNER", "UNDERPOWERED", "COST")
            .get(random.nextInt(6))) : List.of(), failed ? sentence(random, 40) : null, sentence(random, 50),
        BigDecimal.valueOf(random.nextInt(60_000)), Instant.now().minus(random.nextInt(3000), ChronoUnit.DAYS));
  }

  private static LibraryQuery randomQuery(Random random) {
    String text = sentence(random, 1 + random.nextInt(3));
    return switch (random.nextInt(4)) {
      case 0 -> LibraryQuery.forText(text);
      case 1 -> new LibraryQuery(text, ReportDocument.FAILED, null, null, null, null, null, 1, 20);
      case 2 -> new LibraryQuery(text, null, ServiceArea.values()[random.nextInt(12)].name(), null, null, null, null,
          1 + random.nextInt(3), 20);
      default -> new LibraryQuery(null, ReportDocument.FAILED, null, "COST", null, 2020 + random.nextInt(6), null, 1,
          20);
    };
  }

  /** p50 and p95 in milliseconds of running {@code action} {@code times} times, after a short warm-up. */
  private static double[] time(int times, Supplier<?> action) {
    for (int i = 0; i < 50; i++) {
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

  private static String sentence(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
