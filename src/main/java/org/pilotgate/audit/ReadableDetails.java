package org.pilotgate.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pilotgate.gate.EvaluationRecord;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ProposalReview;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.report.ReportDraft;
import org.pilotgate.report.ReportReview;
import org.pilotgate.trial.CheckIn;
import org.pilotgate.trial.TrialRecord;
import org.pilotgate.web.Labels;

/**
 * An event's particulars as labelled lines for people: keys in words, the codes the forms store as
 * the forms' labels (by the field that holds them, wherever it is nested), dates and times in the
 * council's zone, nested maps and lists as nested lines. Works on any details, so new kinds show as
 * they come; the JSON API keeps the raw values.
 */
final class ReadableDetails {

  /** A labelled value: either text, or parts of its own (a list's items, a map's entries); {@code ref} links an earlier row. */
  record Line(String label, String text, List<Line> parts, String ref) {

    Line(String label, String text) {
      this(label, text, List.of(), null);
    }

    /** How many lines this one stands for, itself and all its parts. */
    public int size() {
      return 1 + parts.stream().mapToInt(Line::size).sum();
    }
  }

  /** Where an earlier value was shown, for a later equal one to point at instead of repeating it. */
  record Shown(String when, String anchor) {}

  /** The gate ruling's field in the audit chain (GateDecided.Ruling). */
  static final String RULING_DECISION = "decision";
  /** An early stop's reason code in the audit chain (trial.EarlyStop). */
  static final String EARLY_STOP_CODE = "reasonCode";
  /** A publication's outcome in the audit chain (ReportPublished.Publication). */
  static final String PUBLICATION_OUTCOME = "outcome";

  /** Maps and lists this many lines long or longer are shown once per page, then referred to. */
  private static final int REPEATED_BLOB_LINES = 4;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_PERIOD = Pattern.compile("P(\\d+[YMWD])+");
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:\\d{2})");

  private final Labels labels;
  private final Map<String, Function<Object, String>> codes = new HashMap<>();

  ReadableDetails(Labels labels) {
    this.labels = labels;
    code(labels::serviceArea, RegistrationRecord.SERVICE_AREA);
    code(labels::interventionKind, RegistrationRecord.INTERVENTION_KIND);
    code(labels::sectorLabel, Partner.SECTOR);
    code(labels::directionLabel, SuccessCriterion.DIRECTION);
    code(labels::breachLabel, HarmLimit.BREACHED_WHEN);
    code(labels::reviewDecision, ProposalReview.DECISION);
    code(labels::reportReviewDecision, ReportReview.DECISION);
    code(labels::checkInStatus, CheckIn.STATUS);
    code(code -> Labels.GATE_CHOICES.getOrDefault(code, code), GateRuling.DECISION,
        PilotRecords.RECOMMENDATION_VARIABLE, RULING_DECISION);
    code(code -> Labels.EARLY_STOP_REASONS.getOrDefault(code, code), TrialRecord.EARLY_STOP_REASON_CODE,
        EARLY_STOP_CODE);
    code(code -> Labels.FAILURE_REASONS.containsKey(code) ? labels.failureReason(code) : code,
        ReportDraft.FAILURE_REASON_CODES);
    code(labels::outcome, PUBLICATION_OUTCOME);
    codes.put(EvaluationRecord.EVIDENCE_LEVEL, level -> level instanceof Number number
        && Labels.EVIDENCE_LEVELS.containsKey(number.intValue()) ? labels.evidenceLevel(number.intValue())
        : String.valueOf(level));
    codes.put(Timeline.VALUES_SET, name -> words(String.valueOf(name)));
  }

  private void code(Function<String, String> label, String... keys) {
    for (String key : keys) {
      codes.put(key, code -> label.apply(String.valueOf(code)));
    }
  }

  /** Details as lines, each value in full. */
  List<Line> of(Map<?, ?> details) {
    return full().lines(details);
  }

  /** A reading that shows every value in full (a download's rows). */
  Reading full() {
    return new Reading(null);
  }

  /**
   * One event's particulars: a step's kind in words; a value with its name, or only what changed from
   * the value before; otherwise every detail.
   */
  List<Line> of(Timeline.Event event, Reading reading) {
    return switch (event.type()) {
      case ACTIVITY_STARTED, ACTIVITY_ENDED, ACTIVITY_CANCELLED ->
          List.of(new Line(null, words(String.valueOf(event.details().get(Timeline.ACTIVITY_TYPE)))));
      case VARIABLE_SET -> List.of(reading.line(variable(event), words(variable(event)),
          event.details().get(Timeline.VALUE)));
      case VARIABLE_CHANGED -> List.of(change(reading, variable(event), event.details().get(Timeline.OLD_VALUE),
          event.details().get(Timeline.VALUE)));
      default -> reading.lines(event.details());
    };
  }

  /** A value set again to what it was. */
  static boolean unchanged(Timeline.Event event) {
    return event.type() == EventType.VARIABLE_CHANGED
        && canonical(event.details().get(Timeline.OLD_VALUE)).equals(canonical(event.details().get(Timeline.VALUE)));
  }

  /** The step an event happened in, without the pilot's reference that task names start with; else the activity's id. */
  static String step(String reference, Timeline.Event event) {
    String step = event.activity();
    if (step == null) {
      Object activityId = event.details().get(Timeline.ACTIVITY_ID);
      return activityId == null ? null : activityId.toString();
    }
    return reference != null && step.startsWith(reference)
        ? step.substring(reference.length()).replaceFirst("^\\W+", "") : step;
  }

  private static String variable(Timeline.Event event) {
    return (String) event.details().get(Timeline.VARIABLE);
  }

  /** A reading that shows each long map or list once and refers to it after (a page's rows, in order). */
  Reading once() {
    return new Reading(new HashMap<>());
  }

  String time(Instant instant) {
    return labels.dateTime(instant);
  }

  /**
   * A value set anew, from what it was before: of a map or list that kept its shape, only the parts
   * that differ; of one whose shape changed, the value before (referred to if shown already) and after.
   */
  Line change(Reading reading, String name, Object from, Object to) {
    String label = words(name);
    if (canonical(from).equals(canonical(to))) {
      Line same = reading.line(name, label, to);
      return same.parts().isEmpty() && same.ref() == null
          ? new Line(label, same.text() + " (set again, unchanged)")
          : new Line(label, "set again, unchanged");
    }
    return difference(reading, name, label, from, to);
  }

  private Line difference(Reading reading, String key, String label, Object from, Object to) {
    if (from instanceof Map<?, ?> before && to instanceof Map<?, ?> after && sameShape(before, after)) {
      Set<Object> keys = new LinkedHashSet<>(before.keySet());
      keys.addAll(after.keySet());
      List<Line> parts = keys.stream()
          .filter(part -> !canonical(before.get(part)).equals(canonical(after.get(part))))
          .map(part -> difference(reading, String.valueOf(part), words(String.valueOf(part)), before.get(part),
              after.get(part)))
          .toList();
      return new Line(label, null, parts, null);
    }
    if (from instanceof List<?> before && to instanceof List<?> after && sameShape(before, after)) {
      List<Line> parts = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        if (!canonical(before.get(i)).equals(canonical(after.get(i)))) {
          parts.add(difference(reading, key, itemLabel(after.get(i), i), before.get(i), after.get(i)));
        }
      }
      return new Line(label, null, parts, null);
    }
    if (isScalar(from) && isScalar(to)) {
      if (from == null) {
        return new Line(label, reading.text(key, to) + " (added)");
      }
      return new Line(label, to == null ? "removed (was " + reading.text(key, from) + ")"
          : "from " + reading.text(key, from) + " to " + reading.text(key, to));
    }
    return new Line(label, null, List.of(reading.line(key, "From", from), reading.line(key, "To", to)), null);
  }

  /** Maps with the same keys, or lists as long as each other whose items kept their shape. */
  private static boolean sameShape(Object before, Object after) {
    if (before instanceof Map<?, ?> from && after instanceof Map<?, ?> to) {
      return from.keySet().equals(to.keySet());
    }
    if (before instanceof List<?> from && after instanceof List<?> to) {
      if (from.size() != to.size()) {
        return false;
      }
      for (int i = 0; i < from.size(); i++) {
        if (!isScalar(from.get(i)) || !isScalar(to.get(i))) {
          if (!sameShape(from.get(i), to.get(i))) {
            return false;
          }
        }
      }
      return true;
    }
    return false;
  }

  /** Lines as one line of text, for a CSV cell: "Field: value; Field: (Part: value, Part: value)". */
  static String flat(List<Line> lines) {
    return lines.stream().map(ReadableDetails::flat).collect(Collectors.joining("; "));
  }

  private static String flat(Line line) {
    String value = line.text() != null ? line.text()
        : "(" + line.parts().stream().map(ReadableDetails::flat).collect(Collectors.joining(", ")) + ")";
    return line.label() == null ? value : line.label() + ": " + value;
  }

  /** One pass over details; with a memory of shown values, long ones repeated are referred to. */
  final class Reading {

    private final Map<String, Shown> shown;
    private Shown here;

    private Reading(Map<String, Shown> shown) {
      this.shown = shown;
    }

    /** The row the next lines belong to, for later rows to point back at. */
    void at(Shown row) {
      here = row;
    }

    List<Line> lines(Map<?, ?> details) {
      List<Line> lines = new ArrayList<>();
      details.forEach((key, value) -> {
        if (value != null) {
          lines.add(line(String.valueOf(key), words(String.valueOf(key)), value));
        }
      });
      return lines;
    }

    Line line(String key, String label, Object value) {
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        String fingerprint = shown == null ? null : canonical(value);
        if (fingerprint != null && shown.containsKey(fingerprint)) {
          Shown earlier = shown.get(fingerprint);
          return new Line(label, "as shown on " + earlier.when(), List.of(), earlier.anchor());
        }
        Line line = nested(key, label, value);
        if (fingerprint != null && here != null && line.size() >= REPEATED_BLOB_LINES) {
          shown.put(fingerprint, here);
        }
        return line;
      }
      return new Line(label, text(key, value));
    }

    private Line nested(String key, String label, Object value) {
      if (value instanceof Map<?, ?> map) {
        return map.isEmpty() ? new Line(label, "none") : new Line(label, null, lines(map), null);
      }
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        return new Line(label, "none");
      }
      if (list.stream().allMatch(ReadableDetails::isScalar)) {
        return new Line(label, list.stream().map(item -> text(key, item)).collect(Collectors.joining("; ")));
      }
      List<Line> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        if (item instanceof Map<?, ?> row && row.get(namingKey(row)) != null) {
          Map<Object, Object> rest = new java.util.LinkedHashMap<>(row);
          rest.remove(namingKey(row));
          items.add(new Line(itemLabel(item, i), null, lines(rest), null));
        } else {
          items.add(line(key, itemLabel(item, i), item));
        }
      }
      return new Line(label, null, items, null);
    }

    String text(String key, Object value) {
      if (value == null) {
        return "(empty)";
      }
      Function<Object, String> code = codes.get(key);
      if (code != null) {
        return code.apply(value);
      }
      if (value instanceof Date date) {
        return time(date.toInstant());
      }
      if (value instanceof Instant instant) {
        return time(instant);
      }
      if (value instanceof Boolean yes) {
        return yes ? "yes" : "no";
      }
      if (value instanceof Number number) {
        return labels.number(new BigDecimal(number.toString()));
      }
      return readableDate(String.valueOf(value));
    }
  }

  private String readableDate(String text) {
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return labels.date(LocalDate.parse(text));
      }
      if (ISO_INSTANT.matcher(text).matches()) {
        return time(OffsetDateTime.parse(text).toInstant());
      }
      if (ISO_PERIOD.matcher(text).matches()) {
        return labels.period(Period.parse(text));
      }
    } catch (DateTimeParseException notADate) {
      return text;
    }
    return text;
  }

  /** A list item: its name or title if it has one (a criterion, a partner, a report found), else its place. */
  private static String itemLabel(Object item, int index) {
    Object name = item instanceof Map<?, ?> row ? row.get(namingKey(row)) : null;
    return name != null ? String.valueOf(name) : "Item " + (index + 1);
  }

  private static String namingKey(Map<?, ?> row) {
    return row.get(RegistrationRecord.ROW_NAME) != null ? RegistrationRecord.ROW_NAME : RegistrationRecord.TITLE;
  }

  private static boolean isScalar(Object value) {
    return !(value instanceof Map<?, ?>) && !(value instanceof Collection<?>);
  }

  /** Equal content, equal text, whatever the order of a map's keys or the scale of a number. */
  static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((key, part) -> {
        if (part != null) {
          sorted.put(String.valueOf(key), canonical(part));
        }
      });
      return sorted.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ReadableDetails::canonical).toList().toString();
    }
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException notFinite) {
        return number.toString();
      }
    }
    return Objects.toString(value);
  }

  /** {@code contentHash} as "Content hash". */
  static String words(String key) {
    String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
