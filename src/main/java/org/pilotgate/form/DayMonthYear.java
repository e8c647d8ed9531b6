package org.pilotgate.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in the UK write and read them: typed as day/month/year ("04/02/2027" is 4 February),
 * shown as "4 February 2027". Every package may use it, domain features included, so that a refusal
 * names a date the way the pages do. ISO ({@code 2027-02-04}) is read too: the JSON APIs and the
 * engine's stored values use it, and with the year first it cannot be mistaken for day/month.
 */
public final class DayMonthYear {

  /** How to write a date, for hints and refusals. */
  public static final String EXAMPLE = "04/02/2027";

  private static final Pattern TYPED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TYPED_FORM = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  private DayMonthYear() {}

  /**
   * The day that {@code text} names, written day/month/year (one or two digits for the day and month)
   * or as an ISO date; empty if it is written another way.
   *
   * @throws DateTimeException if it is written the right way but names no day, such as 31/02/2027
   */
  public static Optional<LocalDate> parse(String text) {
    String written = text.strip();
    Matcher typed = TYPED.matcher(written);
    if (typed.matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(typed.group(3)), Integer.parseInt(typed.group(2)),
          Integer.parseInt(typed.group(1))));
    }
    if (ISO.matcher(written).matches()) {
      try {
        return Optional.of(LocalDate.parse(written));
      } catch (DateTimeParseException noSuchDay) {
        throw new DateTimeException(noSuchDay.getMessage(), noSuchDay);
      }
    }
    return Optional.empty();
  }

  /** Like "4 February 2027". */
  public static String readable(LocalDate date) {
    return READABLE.format(date);
  }

  /** Like "04/02/2027", as a person types it into a form. */
  public static String typed(LocalDate date) {
    return TYPED_FORM.format(date);
  }
}
