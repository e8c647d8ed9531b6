package org.pilotgate.library.peers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pilotgate.library.CouncilNames;
import org.springframework.stereotype.Component;

/**
 * The names of followed peer councils, for their reports' pages and feed entries: a peer configured
 * with both its council code and a name ({@code pilotgate.library.peers[0].council=BRS},
 * {@code .name=Bristol City Council}). Peers without both are shown by their reports' code.
 */
@Component
class PeerCouncilNames implements CouncilNames.Source {

  private final Map<String, String> names = new LinkedHashMap<>();

  PeerCouncilNames(PeerLibraryProperties properties) {
    properties.peers().stream()
        .filter(peer -> peer.council() != null && !peer.council().isBlank())
        .filter(peer -> peer.name() != null && !peer.name().isBlank())
        .forEach(peer -> names.putIfAbsent(peer.council().trim(), peer.name().trim()));
  }

  @Override
  public Map<String, String> councilNames() {
    return Map.copyOf(names);
  }
}
