package org.pilotgate.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pilotgate.pilot.ServiceArea;
import org.springframework.jdbc.core.JdbcTemplate;

/** Auditors' searches: one filter, two together, a person, overridden recommendations, a date range, a deep page. */
final class SearchMix {

  /** A search's query string, and what kind of search it is. */
  record Search(String kind, String query) {}

  private SearchMix() {}

  static List<Search> searches(Random random, int count, JdbcTemplate jdbc) {
    String[] statuses = {"SCALED", "STOPPED", "REJECTED"};
    String[] decisions = {"SCALE", "EXTEND", "ADAPT", "STOP"};
    List<String> officers = jdbc.queryForList("SELECT DISTINCT user_id FROM pilot_register_person "
        + "WHERE role = 'OFFICER'", String.class);
    List<String> managers = jdbc.queryForList("SELECT DISTINCT user_id FROM pilot_register_person "
        + "WHERE role = 'MANAGER'", String.class);
    List<Search> searches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String area = ServiceArea.values()[random.nextInt(ServiceArea.values().length)].name();
      LocalDate from = LocalDate.now().minusYears(5).plusDays(random.nextInt(4 * 365));
      searches.add(switch (i % 8) {
        case 0 -> new Search("1 status", "status=" + pick(random, statuses));
        case 1 -> new Search("2 service area", "serviceArea=" + area);
        case 2 -> new Search("3 status and area", "status=" + pick(random, statuses) + "&serviceArea=" + area);
        case 3 -> new Search("4 decision in a year", "decision=" + pick(random, decisions) + "&from=" + from
            + "&to=" + from.plusYears(1));
        case 4 -> new Search("5 officer", "person=" + officers.get(random.nextInt(officers.size()))
            + "&role=OFFICER");
        case 5 -> new Search("6 manager, stopped", "person=" + managers.get(random.nextInt(managers.size()))
            + "&role=MANAGER&status=STOPPED");
        case 6 -> new Search("7 overridden in 6 months", "overrodeRecommendation=true&from=" + from + "&to="
            + from.plusMonths(6));
        default -> new Search("8 deep page", "status=STOPPED&page=" + (50 + random.nextInt(100)) + "&size=20");
      });
    }
    return searches;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
