package org.pilotgate.partners;

import java.util.List;
import java.util.Map;

/** What the form shows in its fields: what the person entered, or the partner as saved. */
public record EnteredValues(Map<String, List<String>> values) {

  public String one(String field) {
    List<String> given = values.get(field);
    return given == null || given.isEmpty() ? "" : given.get(0);
  }

  public boolean chose(String field, String option) {
    List<String> given = values.get(field);
    return given != null && given.stream().anyMatch(option::equalsIgnoreCase);
  }
}
