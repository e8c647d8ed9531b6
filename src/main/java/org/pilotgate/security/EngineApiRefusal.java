package org.pilotgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a refused engine API request with 403 and a body in the form of Camunda's own errors, written
 * directly: a forward to the error page would make Spring parse a multipart upload it cannot read.
 */
final class EngineApiRefusal implements AccessDeniedHandler {

  private static final String BODY = "{\"type\":\"AccessDeniedException\",\"message\":"
      + "\"PilotGate does not allow this change through the engine API.\"}";

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write(BODY);
  }
}
