package org.pilotgate.form;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values submitted through a form or the REST API, read with the rule each field must meet.
 * Every reader throws {@link InvalidSubmission} naming the field (with its row, for lists) and the
 * problem. Numbers arrive loosely typed (Tasklist sends them as numbers or strings), so number and
 * date readers accept any representation that means the value; a date written with slashes is
 * day/month/year ({@link DayMonthYear}). Text must be text, without control characters other than
 * line breaks and tabs; codes must be exactly one of the options, as the forms send them.
 */
public final class Submission {

  private final Map<String, ?> values;
  private final String prefix;

  private Submission(Map<String, ?> values, String prefix) {
    this.values = values;
    this.prefix = prefix;
  }

  public static Submission of(Map<String, ?> values) {
    return new Submission(values, "");
  }

  public String name(String field) {
    return prefix + field;
  }

  public boolean isBlank(String field) {
    Object value = values.get(field);
    return value == null || (value instanceof String s && s.isBlank());
  }

  public String text(String field, int maxLength) {
    if (isBlank(field)) {
      throw invalid(field, "is required");
    }
    return checkedText(field, maxLength);
  }

  /** Text of one line, such as a title or a name: a line break is refused like any other control character. */
  public String line(String field, int maxLength) {
    String text = text(field, maxLength);
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw invalid(field, "must be one line, without line breaks");
    }
    return text;
  }

  public String optionalText(String field, int maxLength) {
    return isBlank(field) ? null : checkedText(field, maxLength);
  }

  public int wholeNumber(String field, int min, int max) {
    BigDecimal number = decimal(field, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    if (number.stripTrailingZeros().scale() > 0) {
      throw invalid(field, "must be a whole number");
    }
    return number.intValueExact();
  }

  public BigDecimal decimal(String field, BigDecimal min, BigDecimal max) {
    if (isBlank(field)) {
      throw invalid(field, "is required");
    }
    return optionalDecimal(field, min, max);
  }

  public BigDecimal optionalDecimal(String field, BigDecimal min, BigDecimal max) {
    if (isBlank(field)) {
      return null;
    }
    BigDecimal number = toDecimal(field, values.get(field));
    if (min != null && number.compareTo(min) < 0) {
      throw invalid(field, "must be at least " + min.toPlainString());
    }
    if (max != null && number.compareTo(max) > 0) {
      throw invalid(field, "must be at most " + max.toPlainString());
    }
    return number;
  }

  public LocalDate date(String field) {
    if (isBlank(field)) {
      throw invalid(field, "is required");
    }
    Object value = values.get(field);
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    String text = value.toString().strip();
    // a date-time, as the REST API writes a Date value, counts as its day
    String day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    try {
      return DayMonthYear.parse(day).orElseThrow(() -> invalid(field,
          "must be a date written as day/month/year, like " + DayMonthYear.EXAMPLE + ", not '" + text + "'"));
    } catch (DateTimeException noSuchDay) {
      throw invalid(field, "must be a real date, like " + DayMonthYear.EXAMPLE + ": there is no '" + text + "'");
    }
  }

  public boolean flag(String field) {
    Object value = values.get(field);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off", "" -> false;
      default -> throw invalid(field, "must be true or false");
    };
  }

  public <E extends Enum<E>> E choice(String field, Class<E> options) {
    if (isBlank(field)) {
      throw invalid(field, "is required: choose one of " + codes(options));
    }
    return toChoice(field, values.get(field).toString(), options);
  }

  /** A list of codes, such as the ticked boxes of a checklist. */
  public <E extends Enum<E>> List<E> choices(String field, Class<E> options) {
    Object value = values.get(field);
    List<E> chosen = new ArrayList<>();
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        chosen.add(toChoice(field, String.valueOf(item), options));
      }
    } else if (value != null && !isBlank(field)) {
      throw invalid(field, "must be a list of " + codes(options));
    }
    return chosen;
  }

  /** The rows of a list field; each row reports its problems as {@code field[index].column}. */
  public List<Submission> rows(String field) {
    Object value = values.get(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw invalid(field, "must be a list");
    }
    List<Submission> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> row)) {
        throw new InvalidSubmission(name(field) + "[" + i + "]", "must be an object with named values");
      }
      @SuppressWarnings("unchecked")
      Map<String, ?> typedRow = (Map<String, ?>) row;
      rows.add(new Submission(typedRow, name(field) + "[" + i + "]."));
    }
    return rows;
  }

  /**
   * Refuses control characters other than line breaks and tabs in a submitted text, checked before any
   * stripping (which would silently remove some of them) and before anything stores it.
   */
  public static void refuseControlCharacters(String field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new InvalidSubmission(field, "must not contain control characters (U+%04X at character %d)"
            .formatted((int) c, i + 1));
      }
    }
  }

  public InvalidSubmission invalid(String field, String problem) {
    return new InvalidSubmission(name(field), problem);
  }

  private String checkedText(String field, int maxLength) {
    Object value = values.get(field);
    if (!(value instanceof String submitted)) {
      throw invalid(field, "must be text, not " + kindOf(value));
    }
    refuseControlCharacters(name(field), submitted);
    String text = submitted.strip();
    if (text.length() > maxLength) {
      throw invalid(field, "must be at most " + maxLength + " characters (it has " + text.length() + ")");
    }
    return text;
  }

  private static String kindOf(Object value) {
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "true or false";
    }
    if (value instanceof java.util.Date || value instanceof java.time.temporal.Temporal) {
      return "a date";
    }
    if (value instanceof Collection<?>) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    return "a value of type " + value.getClass().getSimpleName();
  }

  private BigDecimal toDecimal(String field, Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    try {
      return new BigDecimal(value.toString().strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw invalid(field, "must be a number, not '" + value + "'");
    }
  }

  private <E extends Enum<E>> E toChoice(String field, String code, Class<E> options) {
    try {
      return Enum.valueOf(options, code);
    } catch (IllegalArgumentException e) {
      throw invalid(field, "must be one of " + codes(options) + ", not '" + code + "'");
    }
  }

  private static <E extends Enum<E>> String codes(Class<E> options) {
    return String.join(", ", java.util.Arrays.stream(options.getEnumConstants()).map(Enum::name).toList());
  }
}
