package org.pilotgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a person lands after signing in, unless they were on their way somewhere: Tasklist for
 * those who work tasks, the audit pages (which link Cockpit) for auditors, Admin for operators.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String AUDIT = "/audit";
  static final String ADMIN = "/camunda/app/admin/default/";

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws java.io.IOException, jakarta.servlet.ServletException {
    setDefaultTargetUrl(forGroups(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet())));
    super.onAuthenticationSuccess(request, response, authentication);
  }

  static String forGroups(Set<String> authorities) {
    if (authorities.stream().anyMatch(a -> Set.of(group(Groups.OFFICERS), group(Groups.MANAGERS),
        group(Groups.CHAMPIONS)).contains(a))) {
      return TASKLIST;
    }
    if (authorities.contains(group(Groups.AUDITORS))) {
      return AUDIT;
    }
    return authorities.contains(group(Groups.ADMINS)) ? ADMIN : TASKLIST;
  }

  private static String group(String id) {
    return CamundaIdentityAuthenticationProvider.GROUP_PREFIX + id;
  }
}
