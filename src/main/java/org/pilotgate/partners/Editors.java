package org.pilotgate.partners;

import org.pilotgate.security.EngineActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may change the register, checked by every page that changes it, whatever the security
 * configuration's routes let through.
 */
final class Editors {

  private Editors() {}

  static void require(Authentication person) {
    if (!EngineActor.mayEditPartners(person)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          person.getName() + " may read the partner register: only collaboration champions and administrators change it");
    }
  }
}
