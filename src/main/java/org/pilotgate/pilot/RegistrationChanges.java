package org.pilotgate.pilot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pilotgate.process.ProcessData;

/**
 * What changed between two versions of a registration, field by field. Rows of a list that have a
 * name (success criteria, harm limits, partners) are matched by that name, so a changed target
 * reads as a change to that criterion rather than as a different list.
 */
public final class RegistrationChanges {

  /** One field that differs: its path (e.g. {@code Success criterion 'Waiting time' target}), and both values; null where absent. */
  public record Change(String field, Object before, Object after) {

    public boolean isSuccessCriterion() {
      return field.startsWith(CRITERION + " ");
    }

    /** The change as an auditor reads it. */
    public String describe() {
      if (before == null) {
        return field + ": added" + (after instanceof Map ? "" : " (" + after + ")");
      }
      if (after == null) {
        return field + ": removed";
      }
      return field + ": " + before + " → " + after;
    }
  }

  private static final String CRITERION = "Success criterion";

  /** Names for the registration's lists of named rows, as a row of each is called. */
  private static final Map<String, String> ROW_NAMES = Map.of(RegistrationRecord.SUCCESS_CRITERIA, CRITERION,
      RegistrationRecord.HARM_LIMITS, "Harm limit", RegistrationRecord.PARTNERS, "Partner");

  private RegistrationChanges() {}

  public static List<Change> between(Registration before, Registration after) {
    List<Change> changes = new ArrayList<>();
    compare("", plain(before), plain(after), changes);
    return changes;
  }

  /** The success criteria that differ from {@code registered}: what readers must know as "outcome switching". */
  public static List<String> outcomeSwitching(Registration registered, Registration current) {
    return between(registered, current).stream().filter(Change::isSuccessCriterion).map(Change::describe).toList();
  }

  private static Map<?, ?> plain(Registration registration) {
    return ProcessData.convert(registration, Map.class);
  }

  private static void compare(String path, Object before, Object after, List<Change> changes) {
    if (before instanceof Map<?, ?> a && after instanceof Map<?, ?> b) {
      Set<Object> keys = new LinkedHashSet<>(a.keySet());
      keys.addAll(b.keySet());
      keys.forEach(key -> compare(path.isEmpty() ? ROW_NAMES.getOrDefault(String.valueOf(key), String.valueOf(key))
          : path + " " + key, a.get(key), b.get(key), changes));
    } else if (before instanceof List<?> a && after instanceof List<?> b && named(a) && named(b)) {
      Map<String, Object> rowsBefore = byName(a);
      Map<String, Object> rowsAfter = byName(b);
      Set<String> names = new LinkedHashSet<>(rowsBefore.keySet());
      names.addAll(rowsAfter.keySet());
      names.forEach(name -> compare(path + " '" + name + "'", rowsBefore.get(name), rowsAfter.get(name), changes));
    } else if (!same(before, after)) {
      changes.add(new Change(path, before, after));
    }
  }

  private static boolean same(Object before, Object after) {
    if (before instanceof Number a && after instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(before, after);
  }

  private static boolean named(List<?> rows) {
    return rows.stream().allMatch(row -> row instanceof Map<?, ?> map && map.get(RegistrationRecord.ROW_NAME) != null);
  }

  private static Map<String, Object> byName(List<?> rows) {
    Map<String, Object> byName = new LinkedHashMap<>();
    rows.forEach(row -> byName.put(String.valueOf(((Map<?, ?>) row).get(RegistrationRecord.ROW_NAME)), row));
    return byName;
  }
}
