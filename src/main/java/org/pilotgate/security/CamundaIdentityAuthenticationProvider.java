package org.pilotgate.security;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs people in against Camunda's identity service, so operators manage users and groups in
 * Camunda Admin. A user's Camunda groups become their authorities ({@code GROUP_managers}, ...).
 * Wrong passwords slow down further attempts from the same place ({@link SignInThrottle}); an attempt
 * made too soon is refused as a wrong password would be, without checking the password, but says how
 * long to wait ({@link SignInMustWait}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final SignInThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, SignInThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String userId = attempt.getName();
    String password = attempt.getCredentials() == null ? null : attempt.getCredentials().toString();
    if (userId == null || userId.isBlank() || password == null) {
      throw wrongPassword();
    }
    String address = clientAddress(attempt);
    Duration wait = throttle.waitLeft(userId, address);
    if (!wait.isZero()) {
      throw new SignInMustWait(wait);
    }
    if (!throttle.attempt(userId, address, () -> identityService.checkPassword(userId, password))) {
      throw wrongPassword();
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  /**
   * The address the attempt came from, as the servlet container reports it: behind a proxy, the
   * client's own address when {@code server.forward-headers-strategy} tells it to trust the proxy's
   * {@code X-Forwarded-For}.
   */
  private static String clientAddress(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
  }

  private static BadCredentialsException wrongPassword() {
    return new BadCredentialsException("Wrong user name or password");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
