package org.pilotgate.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.pilot.ServiceArea;

/**
 * The search parameters as sent, by the API or the "Find pilots" form (kept as typed, so the form
 * can show them again), and what is wrong with them, named by parameter.
 */
public record PilotSearchParameters(String status, String serviceArea, String from, String to, String decision,
    String person, String role, String overrodeRecommendation, String page, String size) {

  /** Deeper than anyone pages; keeps the offset far from overflowing. */
  static final int MAX_PAGE = 1_000_000;

  public PilotSearchParameters {
    status = blankToNull(status);
    serviceArea = blankToNull(serviceArea);
    from = blankToNull(from);
    to = blankToNull(to);
    decision = blankToNull(decision);
    person = blankToNull(person);
    role = blankToNull(role);
    overrodeRecommendation = blankToNull(overrodeRecommendation);
    page = blankToNull(page);
    size = blankToNull(size);
  }

  /** Problems keyed by parameter name, in the order of the form; empty when the search can run. */
  public Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    checkChoice(errors, "status", status, PilotStatus.class);
    checkChoice(errors, "serviceArea", serviceArea, ServiceArea.class);
    LocalDate fromDate = date(errors, "from", from);
    LocalDate toDate = date(errors, "to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      errors.put("to", "to must be the same as or after from (" + DayMonthYear.readable(fromDate) + ")");
    }
    checkChoice(errors, "decision", decision, GateRuling.Decision.class);
    checkChoice(errors, "role", role, PilotRole.class);
    if (role != null && person == null && !errors.containsKey("role")) {
      errors.put("role", "role narrows person: give the person's user id too");
    }
    if (overrodeRecommendation != null && !overrodeRecommendation.equalsIgnoreCase("true")
        && !overrodeRecommendation.equalsIgnoreCase("false")) {
      errors.put("overrodeRecommendation", "overrodeRecommendation must be true or false");
    }
    Integer pageNumber = number(page);
    if (page != null && (pageNumber == null || pageNumber < 1 || pageNumber > MAX_PAGE)) {
      errors.put("page", "page must be a whole number from 1 to " + MAX_PAGE);
    }
    Integer sizeNumber = number(size);
    if (size != null && (sizeNumber == null || sizeNumber < 1 || sizeNumber > PilotSearch.MAX_SIZE)) {
      errors.put("size", "size must be a whole number from 1 to " + PilotSearch.MAX_SIZE);
    }
    return errors;
  }

  /** The search these parameters ask for; only call when {@link #errors()} is empty. */
  public PilotSearch search() {
    if (!errors().isEmpty()) {
      throw new IllegalStateException("Invalid search parameters: " + errors());
    }
    return new PilotSearch(choice(status, PilotStatus::valueOf), choice(serviceArea, String::valueOf),
        day(from), day(to),
        choice(decision, GateRuling.Decision::valueOf), person, choice(role, PilotRole::valueOf),
        overrodeRecommendation == null ? null : Boolean.valueOf(overrodeRecommendation.toLowerCase(Locale.ROOT)),
        page == null ? 1 : number(page), size == null ? PilotSearch.DEFAULT_SIZE : number(size));
  }

  private static <E extends Enum<E>> void checkChoice(Map<String, String> errors, String name, String value,
      Class<E> choices) {
    if (value != null && Arrays.stream(choices.getEnumConstants()).noneMatch(c -> c.name().equals(upper(value)))) {
      errors.put(name, name + " must be one of " + Arrays.toString(choices.getEnumConstants()));
    }
  }

  private static <T> T choice(String value, Function<String, T> parse) {
    return value == null ? null : parse.apply(upper(value));
  }

  private static LocalDate date(Map<String, String> errors, String name, String value) {
    try {
      return day(value);
    } catch (DateTimeException notADay) {
      errors.put(name, name + " must be a real date, written day/month/year like 27/03/2026 (or 2026-03-27)");
      return null;
    }
  }

  /** People type day/month/year; the JSON API's callers send ISO days. */
  private static LocalDate day(String value) {
    if (value == null) {
      return null;
    }
    return DayMonthYear.parse(value).orElseThrow(() -> new DateTimeException("not a day: " + value));
  }

  private static Integer number(String value) {
    return value != null && value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
  }

  private static String upper(String value) {
    return value.toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
