package org.pilotgate.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pilotgate.pilot.ServiceArea;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which template pilot each benchmark pilot copies, and what makes the copy its own: a reference,
 * a start date in the last five years, a duration, an officer and two managers from a pool, a
 * service area. Stored in the table {@code bench_clone_plan} for the cloning SQL to join.
 */
final class ClonePlan {

  /** A pilot run through the real engine, the pattern for {@code weight} parts of the copies. */
  record Template(String processInstanceId, String reference, Instant started, Instant ended, int weight) {}

  /** One copy. {@code stretch} turns the template's seconds into the copy's weeks or months. */
  record Clone(int number, Template template, String reference, Instant started, double stretch, String officer,
      String managerA, String managerB, String serviceArea) {

    /** The copy's value in place of a template's value of {@link #TEMPLATE_VALUES}; others unchanged. */
    String replacing(String templateValue) {
      return switch (TEMPLATE_VALUES.getOrDefault(templateValue, "")) {
        case "officer" -> officer;
        case "manager_a" -> managerA;
        case "manager_b" -> managerB;
        case "service_area" -> serviceArea;
        default -> templateValue;
      };
    }
  }

  /**
   * The templates' people and service area, each with the column of {@code bench_clone_plan} holding
   * what replaces it in a copy: the templates are all proposed by olivia, reviewed and decided by mia
   * and max, in adult social care.
   */
  static final Map<String, String> TEMPLATE_VALUES = Map.of("olivia", "officer", "mia", "manager_a",
      "max", "manager_b", "ADULT_SOCIAL_CARE", "service_area");

  static final int OFFICERS = 200;
  static final int MANAGERS = 40;
  static final int YEARS = 5;

  private ClonePlan() {}

  static List<Clone> of(List<Template> templates, int copies, Random random) {
    int totalWeight = templates.stream().mapToInt(Template::weight).sum();
    Instant now = Instant.now();
    Instant earliest = now.minus(YEARS * 365L, ChronoUnit.DAYS);
    long latestStartSeconds = Duration.between(earliest, now.minus(400, ChronoUnit.DAYS)).toSeconds();
    List<Clone> unnumbered = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      Template template = pick(templates, random.nextInt(totalWeight));
      Instant started = earliest.plusSeconds((long) (random.nextDouble() * latestStartSeconds));
      Duration lasted = Duration.ofDays(20 + random.nextInt(380));
      double templateMillis = Math.max(1, Duration.between(template.started(), template.ended()).toMillis());
      unnumbered.add(new Clone(0, template, null, started, lasted.toMillis() / templateMillis,
          "officer-%03d".formatted(1 + random.nextInt(OFFICERS)), "manager-%02d".formatted(1 + random.nextInt(MANAGERS)),
          "manager-%02d".formatted(1 + random.nextInt(MANAGERS)),
          ServiceArea.values()[random.nextInt(ServiceArea.values().length)].name()));
    }
    return numberedByYear(unnumbered);
  }

  /** References count up through each year in order of proposal, as the real counter gives them out. */
  private static List<Clone> numberedByYear(List<Clone> clones) {
    clones.sort(Comparator.comparing(Clone::started));
    Map<Integer, Integer> lastNumber = new HashMap<>();
    List<Clone> numbered = new ArrayList<>();
    for (Clone clone : clones) {
      int year = clone.started().atOffset(ZoneOffset.UTC).getYear();
      int number = lastNumber.merge(year, 1, Integer::sum);
      numbered.add(new Clone(numbered.size() + 1, clone.template(), "PIL-%d-%05d".formatted(year, number),
          clone.started(), clone.stretch(), clone.officer(), clone.managerA(), clone.managerB(), clone.serviceArea()));
    }
    return numbered;
  }

  private static Template pick(List<Template> templates, int ticket) {
    for (Template template : templates) {
      ticket -= template.weight();
      if (ticket < 0) {
        return template;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  static void store(JdbcTemplate jdbc, List<Clone> clones) {
    jdbc.execute("DROP TABLE IF EXISTS bench_clone_plan");
    jdbc.execute("""
        CREATE UNLOGGED TABLE bench_clone_plan (n INTEGER PRIMARY KEY, template_pid VARCHAR(64) NOT NULL,
          template_ref VARCHAR(40) NOT NULL, template_started TIMESTAMP NOT NULL, template_ended TIMESTAMP NOT NULL,
          reference VARCHAR(40) NOT NULL,
          started TIMESTAMP NOT NULL, stretch DOUBLE PRECISION NOT NULL, officer VARCHAR(40) NOT NULL,
          manager_a VARCHAR(40) NOT NULL, manager_b VARCHAR(40) NOT NULL, service_area VARCHAR(40) NOT NULL)""");
    List<Object[]> rows = clones.stream().map(c -> new Object[] {c.number(), c.template().processInstanceId(),
        c.template().reference(), java.sql.Timestamp.from(c.template().started()),
        java.sql.Timestamp.from(c.template().ended()), c.reference(),
        java.sql.Timestamp.from(c.started()), c.stretch(), c.officer(), c.managerA(), c.managerB(), c.serviceArea()})
        .toList();
    jdbc.batchUpdate("INSERT INTO bench_clone_plan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  static void drop(JdbcTemplate jdbc) {
    jdbc.execute("DROP TABLE IF EXISTS bench_clone_plan");
  }
}
