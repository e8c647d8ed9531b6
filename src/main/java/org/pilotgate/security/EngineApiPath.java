package org.pilotgate.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/**
 * The path of a request to Camunda's engine API as its Jersey resources see it, without the prefix
 * it was called under: {@code /engine-rest}, {@code /engine-rest/engine/{name}} or the webapps'
 * {@code /camunda/api/engine/engine/{name}}. Segments are percent-decoded, stripped of path
 * parameters ({@code ;...}), empty ones (repeated or trailing slashes) dropped; prefixes are matched
 * ignoring case. Spring's firewall already refuses most odd spellings; this covers the rest.
 */
final class EngineApiPath {

  private static final List<List<String>> PREFIXES = List.of(List.of("engine-rest"), List.of("camunda", "api", "engine"));
  /** Jersey could honour it and run another method than the one Spring saw. */
  private static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

  private EngineApiPath() {}

  /** The segments after the prefix, or nothing when the request is not for the engine API. */
  static Optional<List<String>> of(HttpServletRequest request) {
    List<String> segments = segments(request.getRequestURI().substring(request.getContextPath().length()));
    return PREFIXES.stream().filter(prefix -> startsWith(segments, prefix)).findFirst()
        .map(prefix -> withoutEngineName(segments.subList(prefix.size(), segments.size())));
  }

  /** The method the request may be served as: a method override counts, whatever Spring saw. */
  static String effectiveMethod(HttpServletRequest request) {
    String override = request.getHeader(METHOD_OVERRIDE);
    return (override == null ? request.getMethod() : override).toUpperCase(Locale.ROOT);
  }

  private static List<String> segments(String rawPath) {
    return Arrays.stream(rawPath.split("/"))
        .map(segment -> segment.replaceFirst(";.*", ""))
        .map(segment -> UriUtils.decode(segment, StandardCharsets.UTF_8))
        .filter(segment -> !segment.isEmpty())
        .toList();
  }

  /** {@code engine/{name}/...} addresses a named engine; PilotGate has one, and the paths below are the same. */
  private static List<String> withoutEngineName(List<String> path) {
    return path.size() >= 2 && path.get(0).equalsIgnoreCase("engine") ? path.subList(2, path.size()) : path;
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    if (segments.size() < prefix.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      if (!segments.get(i).equalsIgnoreCase(prefix.get(i))) {
        return false;
      }
    }
    return true;
  }
}
