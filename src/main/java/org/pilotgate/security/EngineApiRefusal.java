package org.pilotgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers an engine API request that is refused (403) or needs credentials (401) with a body in the
 * form of Camunda's own errors, written directly: a forward to the error page would make Spring parse
 * a multipart upload it cannot read, and log that as a server error.
 */
final class EngineApiRefusal implements AccessDeniedHandler, AuthenticationEntryPoint {

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException {
    answer(response, HttpServletResponse.SC_FORBIDDEN, "AccessDeniedException",
        "PilotGate does not allow this change through the engine API.");
  }

  /** HTTP Basic's challenge. */
  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException missing)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PilotGate\"");
    answer(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationRequired", "Sign in with HTTP Basic.");
  }

  private static void answer(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
  }
}
