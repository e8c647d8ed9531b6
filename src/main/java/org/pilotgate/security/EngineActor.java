package org.pilotgate.security;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call from one of PilotGate's own pages as the signed-in person, with their groups,
 * so that the engine's rules and history see who acts, as they do for Tasklist and the REST API.
 */
@Component
public class EngineActor {

  private final IdentityService identity;

  EngineActor(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T run(Authentication person, Supplier<T> call) {
    identity.setAuthentication(person.getName(), groups(person));
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public static boolean isManager(Authentication person) {
    return groups(person).contains(Groups.MANAGERS);
  }

  /** Champions and administrators keep the partner register; everyone else signed in reads it. */
  public static boolean mayEditPartners(Authentication person) {
    List<String> groups = groups(person);
    return groups.contains(Groups.CHAMPIONS) || groups.contains(Groups.ADMINS);
  }

  /** The same people plan hack days (the engine checks it again when one starts). */
  public static boolean mayPlanHackDays(Authentication person) {
    return mayEditPartners(person);
  }

  private static List<String> groups(Authentication person) {
    return person.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
        .map(authority -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length())).toList();
  }
}
