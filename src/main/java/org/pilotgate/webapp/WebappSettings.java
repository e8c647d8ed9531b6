package org.pilotgate.webapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pilotgate.PilotGateProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each webapp's {@code scripts/config.js}, from PilotGate's copy with the app's name, the council's
 * name (as vendor) and the app's custom scripts filled in, so one installation's configuration names its council. Mapped at the
 * path the webapps load it from: a controller answers before the static resource.
 */
@RestController
class WebappSettings {

  private static final Map<String, String> APP_NAMES = Map.of("tasklist", "PilotGate Tasklist",
      "cockpit", "PilotGate Cockpit", "admin", "PilotGate Admin", "welcome", "PilotGate");

  private static final List<String> EVERY_APPS_SCRIPTS = List.of("scripts/pilotgate-sign-out");

  /** Scripts only Tasklist loads: what they add is Tasklist's, and Cockpit and Admin start faster without. */
  private static final List<String> TASKLISTS_SCRIPTS = List.of("scripts/pilotgate-my-pilots",
      "scripts/pilotgate-pilot-proposed", "scripts/pilotgate-published");

  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

  private final String councilName;
  private final ObjectMapper json = new ObjectMapper();

  WebappSettings(PilotGateProperties properties) {
    this.councilName = properties.councilName();
  }

  @GetMapping("/camunda/app/{app:tasklist|cockpit|admin|welcome}/scripts/config.js")
  ResponseEntity<String> settings(@PathVariable String app) throws IOException {
    String template = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js")
        .getContentAsString(StandardCharsets.UTF_8);
    return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache())
        .body(template.replace("'{{appName}}'", literal(APP_NAMES.get(app)))
            .replace("'{{councilName}}'", literal(councilName))
            .replace("'{{customScripts}}'", literal(scriptsOf(app))));
  }

  private static List<String> scriptsOf(String app) {
    return "tasklist".equals(app)
        ? Stream.concat(EVERY_APPS_SCRIPTS.stream(), TASKLISTS_SCRIPTS.stream()).toList()
        : EVERY_APPS_SCRIPTS;
  }

  private String literal(Object text) {
    try {
      return json.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
