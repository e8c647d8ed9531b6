package org.pilotgate.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a signed-in person may change through Camunda's engine API, whether it is called as the REST
 * API ({@code /engine-rest}, also {@code /engine-rest/engine/{name}}) or as the webapps' engine API
 * ({@code /camunda/api/engine/engine/{name}}). Reads (GET) are left to the engine's authorizations.
 * Every other request is refused unless it is on the list below: the reads Tasklist and Cockpit make
 * with POST, and the task work Tasklist does. Administrators may make any change except deploying:
 * models ship with the release, because a deployed model runs code on the server.
 *
 * <p>Paths are compared after normalisation (percent-decoding, path parameters, repeated and trailing
 * slashes dropped, case ignored), so no spelling of a refused route reaches the Jersey resource behind it.
 */
final class EngineApiWriteRule implements AuthorizationManager<RequestAuthorizationContext> {

  /** Who, besides administrators, may make a listed request. */
  enum Allowed { SIGNED_IN, TASK_WORKERS, TASK_WORKERS_ON_THEMSELVES }

  /** A listed request: method and path template, {@code {...}} matching one path segment. */
  record Route(String method, String template, Allowed allowed) {

    boolean matches(String requestMethod, List<String> segments) {
      List<String> parts = segments(template);
      if (!method.equals(requestMethod) || parts.size() != segments.size()) {
        return false;
      }
      for (int i = 0; i < parts.size(); i++) {
        if (!parts.get(i).startsWith("{") && !parts.get(i).equalsIgnoreCase(segments.get(i))) {
          return false;
        }
      }
      return true;
    }

    /** The segment the template names {@code {id}}. */
    String id(List<String> segments) {
      return segments.get(segments(template).indexOf("{id}"));
    }
  }

  /** Deploying code: refused to everyone, administrators included. */
  static final List<Route> DEPLOYMENTS = List.of(
      new Route("POST", "/deployment/create", null),
      new Route("POST", "/deployment/{id}/redeploy", null));

  static final List<Route> ALLOWED = Stream.of(readsByPost(), taskWork()).flatMap(List::stream).toList();

  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String ADMINS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS;
  private static final Set<String> TASK_WORKERS = Set.of(
      CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.OFFICERS,
      CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
      CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CHAMPIONS);

  /** Queries and counts sent as POST (their filters do not fit a URL); the engine's read rights apply. */
  private static List<Route> readsByPost() {
    Stream<String> queriesAndCounts = Stream.of("/task", "/process-instance", "/execution", "/variable-instance",
            "/job", "/job-definition", "/external-task", "/group", "/history/activity-instance",
            "/history/external-task-log", "/history/job-log", "/history/process-instance", "/history/task",
            "/history/variable-instance")
        .flatMap(query -> Stream.of(query, query + "/count"));
    Stream<String> otherReads = Stream.of("/history/detail", "/schema/log", "/filter/{id}/list", "/filter/{id}/count",
        "/filter/{id}/singleResult", "/identity/password-policy");
    return Stream.concat(queriesAndCounts, otherReads).map(path -> new Route("POST", path, Allowed.SIGNED_IN)).toList();
  }

  /** What Tasklist does: start a pilot, work a task, comment on it, and change one's own password. */
  private static List<Route> taskWork() {
    return List.of(
        new Route("POST", "/process-definition/{id}/start", Allowed.TASK_WORKERS),
        new Route("POST", "/process-definition/{id}/submit-form", Allowed.TASK_WORKERS),
        new Route("POST", "/process-definition/key/{key}/start", Allowed.TASK_WORKERS),
        new Route("POST", "/process-definition/key/{key}/submit-form", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/claim", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/unclaim", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/assignee", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/complete", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/submit-form", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/comment/create", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/identity-links", Allowed.TASK_WORKERS),
        new Route("POST", "/task/{id}/identity-links/delete", Allowed.TASK_WORKERS),
        // Tasklist's due and follow-up dates
        new Route("PUT", "/task/{id}", Allowed.TASK_WORKERS),
        // the Welcome app's "change password"; profiles (names, mail addresses) stay with administrators
        new Route("PUT", "/user/{id}/credentials", Allowed.TASK_WORKERS_ON_THEMSELVES));
  }

  /** Requests to the engine API, however their path is spelled. */
  static final RequestMatcher ENGINE_API = request -> EngineApiPath.of(request).isPresent();

  @Override
  public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    Authentication user = authentication.get();
    if (user == null || !user.isAuthenticated() || TRUST.isAnonymous(user)) {
      return new AuthorizationDecision(false);
    }
    HttpServletRequest request = context.getRequest();
    String method = EngineApiPath.effectiveMethod(request);
    if (READ_METHODS.contains(method)) {
      return new AuthorizationDecision(true);
    }
    List<String> segments = EngineApiPath.of(request).orElseThrow();
    return new AuthorizationDecision(allows(user, method, segments));
  }

  private static boolean allows(Authentication user, String method, List<String> segments) {
    if (DEPLOYMENTS.stream().anyMatch(route -> route.matches(method, segments))) {
      return false;
    }
    if (has(user, Set.of(ADMINS))) {
      return true;
    }
    Optional<Route> route = ALLOWED.stream().filter(r -> r.matches(method, segments)).findFirst();
    return route.map(r -> switch (r.allowed()) {
      case SIGNED_IN -> true;
      case TASK_WORKERS -> has(user, TASK_WORKERS);
      case TASK_WORKERS_ON_THEMSELVES -> has(user, TASK_WORKERS) && r.id(segments).equals(user.getName());
    }).orElse(false);
  }

  private static boolean has(Authentication user, Set<String> authorities) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authorities::contains);
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }
}
