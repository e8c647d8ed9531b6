package org.pilotgate.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.springframework.stereotype.Component;

/**
 * What to call a council where a person reads it (the library's pages, the feed's titles and authors):
 * this council's name ({@code pilotgate.council-name}) for its own code, a followed peer's name where
 * the operator gave one with its code, and otherwise the code itself, since the library's report format
 * carries only the code. The JSON API, the export, ids and addresses keep the code.
 */
@Component
public class CouncilNames {

  /** Names other parts know for council codes, e.g. the followed peer libraries. */
  public interface Source {
    Map<String, String> councilNames();
  }

  private final String ownName;
  private final Map<String, String> known = new HashMap<>();

  public CouncilNames(PilotGateProperties properties, List<Source> sources) {
    this.ownName = properties.councilName();
    sources.forEach(source -> source.councilNames().forEach(known::putIfAbsent));
    known.put(properties.councilCode(), ownName);
  }

  /** The council's name if known, else its code; this council's own name always wins. */
  public String name(String code) {
    if (code == null) {
      return null;
    }
    String name = known.get(code);
    return name == null || name.isBlank() ? code : name;
  }

  /** This council's own name. */
  public String own() {
    return ownName;
  }
}
