package org.pilotgate.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.pilotgate.PilotGateProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** The model and the forms as the Modeler saved them in bpmn/ and forms/, read without an engine. */
public final class ModelFiles {

  static final Path FORMS = Path.of("forms");
  static final Path SETTINGS = Path.of("src/main/resources");

  private ModelFiles() {
  }

  static BpmnModelInstance lifecycle() {
    return Bpmn.readModelFromFile(new File("bpmn/pilot-lifecycle.bpmn"));
  }

  /** The form ids, as a user task's camunda:formRef names them. */
  static Set<String> formIds() {
    return forms().keySet();
  }

  /** Each form in forms/ by its id. */
  static Map<String, JsonNode> forms() {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(file -> file.toString().endsWith(".form")).sorted().map(ModelFiles::form)
          .collect(Collectors.toMap(form -> form.path("id").asText(), form -> form, (a, b) -> a, LinkedHashMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application's settings files, {@code application*.yml}. */
  static List<Path> applicationSettings() {
    try (Stream<Path> files = Files.list(SETTINGS)) {
      return files.filter(file -> file.getFileName().toString().matches("application.*\\.ya?ml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pilotgate.*} as Spring binds it from one settings file alone, defaults filled in and checked. */
  static PilotGateProperties settings(Path file) {
    try {
      var sources = new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
      return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("pilotgate", PilotGateProperties.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The keys a form submits, at any depth: each field's {@code key}, and each dynamic list's or
   * group's {@code path} with the keys of its rows.
   */
  static Set<String> fieldKeys(JsonNode form) {
    Set<String> keys = new java.util.TreeSet<>();
    for (String property : List.of("key", "path")) {
      form.findParents(property).forEach(component -> {
        if (component.get(property).isTextual() && !component.get(property).asText().isEmpty()) {
          keys.add(component.get(property).asText());
        }
      });
    }
    return keys;
  }

  static Set<String> fieldKeys(String formId) {
    return fieldKeys(form(FORMS.resolve(formId + ".form")));
  }

  /**
   * The options (value to label, in the form's order) of every field with this key in the form, one
   * map per field: a field such as a criterion's direction can appear more than once.
   */
  public static List<Map<String, String>> options(String formId, String key) {
    List<Map<String, String>> fields = new ArrayList<>();
    form(FORMS.resolve(formId + ".form")).findParents("values").stream()
        .filter(field -> key.equals(field.path("key").asText()))
        .forEach(field -> {
          Map<String, String> options = new LinkedHashMap<>();
          field.get("values").forEach(option -> options.put(option.get("value").asText(), option.get("label").asText()));
          fields.add(options);
        });
    return fields;
  }

  private static JsonNode form(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
