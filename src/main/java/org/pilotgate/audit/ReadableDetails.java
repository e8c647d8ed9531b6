package org.pilotgate.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An event's particulars as labelled lines for people: keys in words, nested maps and lists as
 * nested lines, times in the council's zone. Works on any details, so new kinds show as they come.
 */
final class ReadableDetails {

  /** A labelled value: either text, or parts of its own (a list's items, a map's entries). */
  record Line(String label, String text, List<Line> parts) {}

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

  private final ZoneId zone;

  ReadableDetails(ZoneId zone) {
    this.zone = zone;
  }

  List<Line> of(Map<?, ?> details) {
    List<Line> lines = new ArrayList<>();
    details.forEach((key, value) -> {
      if (value != null) {
        lines.add(line(words(String.valueOf(key)), value));
      }
    });
    return lines;
  }

  String time(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(zone));
  }

  private Line line(String label, Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? new Line(label, "none", List.of()) : new Line(label, null, of(map));
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? new Line(label, "none", List.of())
          : new Line(label, null, list.stream().map(item -> line(null, item)).toList());
    }
    return new Line(label, text(value), List.of());
  }

  private String text(Object value) {
    if (value instanceof Date date) {
      return time(date.toInstant());
    }
    if (value instanceof Instant instant) {
      return time(instant);
    }
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    return String.valueOf(value);
  }

  /** {@code contentHash} as "Content hash". */
  static String words(String key) {
    String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
