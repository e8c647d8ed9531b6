package org.pilotgate.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fields of each Camunda Form of the release ({@code forms/*.form} on the classpath, which are
 * exactly the forms deployed: nothing is deployed over the web). A task takes only its own form's
 * fields when it is completed, so a submission cannot slip in a value the form does not ask for.
 */
@Component
public class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A field of a list row as submissions name it: {@code successCriteria[1].target}, or a whole row {@code partners[0]}. */
  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?");

  /**
   * The custom property (in Camunda Modeler: the field's "Custom properties") that makes a text field a date
   * field, typed and shown day/month/year: form-js 1.8's own date picker takes month/day/year only.
   */
  static final String DATE_PROPERTY = "date";
  static final String DAY_MONTH_YEAR = "day/month/year";

  private final Map<String, Set<String>> fieldsByForm = new HashMap<>();
  private final Map<String, Set<String>> dateFieldsByForm = new HashMap<>();
  /**
   * Each field's label by its key, a list row's fields by {@code list.key}. The forms label a field they
   * take the same way everywhere; only a list that is shown, never submitted, has two labels.
   */
  private final Map<String, String> labels = new HashMap<>();

  FormFields() throws IOException {
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream content = form.getInputStream()) {
        JsonNode schema = JSON.readTree(content);
        fieldsByForm.put(schema.path("id").asText(), fieldsOf(schema));
        dateFieldsByForm.put(schema.path("id").asText(), dateFieldsOf(schema));
        collectLabels(schema, "");
      }
    }
  }

  /** The names a form submits: each field's key, and a dynamic list's path (its rows travel as one JSON list). */
  static Set<String> fieldsOf(JsonNode schema) {
    Set<String> fields = new LinkedHashSet<>();
    for (JsonNode component : schema.path("components")) {
      if ("dynamiclist".equals(component.path("type").asText())) {
        fields.add(component.path("path").asText());
      } else if (component.hasNonNull("key")) {
        fields.add(component.path("key").asText());
      } else {
        fields.addAll(fieldsOf(component));
      }
    }
    return fields;
  }

  /** The keys of the text fields marked as day/month/year dates, in groups too. */
  static Set<String> dateFieldsOf(JsonNode schema) {
    Set<String> fields = new LinkedHashSet<>();
    for (JsonNode component : schema.path("components")) {
      if (DAY_MONTH_YEAR.equals(component.path("properties").path(DATE_PROPERTY).asText())) {
        fields.add(component.path("key").asText());
      } else if (!"dynamiclist".equals(component.path("type").asText())) {
        fields.addAll(dateFieldsOf(component));
      }
    }
    return fields;
  }

  /** The date fields of the form with that id (see {@link #DATE_PROPERTY}); none for a task without a form. */
  public Set<String> datesOf(String formId) {
    return formId == null ? Set.of() : dateFieldsByForm.getOrDefault(formId, Set.of());
  }

  private void collectLabels(JsonNode container, String listPrefix) {
    for (JsonNode component : container.path("components")) {
      String label = component.path("label").asText("");
      if ("dynamiclist".equals(component.path("type").asText())) {
        labels.putIfAbsent(component.path("path").asText(), label);
        collectLabels(component, component.path("path").asText() + ".");
      } else if (component.hasNonNull("key")) {
        if (!label.isBlank()) {
          labels.putIfAbsent(listPrefix + component.path("key").asText(), label);
        }
      } else {
        collectLabels(component, listPrefix);
      }
    }
  }

  /**
   * A submitted field as the form names it for a person: its label, and for a field of a list row the
   * list's label and the row's number from 1 ("Success criteria, row 2, Target"). A name no form labels
   * is returned as it is.
   */
  public String labelOf(String field) {
    Matcher row = ROW_FIELD.matcher(field);
    if (!row.matches()) {
      return labels.getOrDefault(field, field);
    }
    String list = labels.getOrDefault(row.group(1), row.group(1)) + ", row " + (Integer.parseInt(row.group(2)) + 1);
    String column = row.group(3);
    return column == null ? list : list + ", " + labels.getOrDefault(row.group(1) + "." + column, column);
  }

  /** The fields of the form with that id; none for a task without a form. */
  public Set<String> of(String formId) {
    if (formId == null) {
      return Set.of();
    }
    Set<String> fields = fieldsByForm.get(formId);
    if (fields == null) {
      throw new IllegalStateException("The model names form '" + formId + "', which the release does not have");
    }
    return fields;
  }
}
