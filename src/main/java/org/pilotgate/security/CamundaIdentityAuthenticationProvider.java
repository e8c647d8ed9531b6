package org.pilotgate.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs people in against Camunda's identity service, so operators manage users and groups in
 * Camunda Admin. A user's Camunda groups become their authorities ({@code GROUP_managers}, ...).
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String userId = attempt.getName();
    String password = attempt.getCredentials() == null ? null : attempt.getCredentials().toString();
    if (userId == null || userId.isBlank() || password == null || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
