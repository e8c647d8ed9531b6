package org.pilotgate.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets officers submit Camunda Forms that contain lists (success criteria, partners, results) in
 * Tasklist 7.24. Tasklist greys out Start/Complete while form-js reports any error entry, and
 * form-js 1.8 leaves an empty entry behind for every field inside a list row, so such forms could
 * never be submitted. This serves Tasklist's script with that one check changed to count only real
 * error messages; form-js and the server still validate every field.
 */
@Component
class TasklistFormValidityFix extends OncePerRequestFilter {

  static final String SCRIPT_PATH = "/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  static final String SCRIPT_RESOURCE = "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  static final String COUNTS_EMPTY_ENTRIES = "var t=!!Object.keys(e.errors).length;";
  static final String COUNTS_MESSAGES = "var t=(function m(v){return typeof v==\"string\"||(Array.isArray(v)"
      + "?v.some(m):!!v&&typeof v==\"object\"&&Object.keys(v).some(function(k){return m(v[k])}))})(e.errors);";

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFormValidityFix.class);

  private final byte[] script;

  TasklistFormValidityFix() {
    String original = read(SCRIPT_RESOURCE);
    if (!original.contains(COUNTS_EMPTY_ENTRIES)) {
      LOG.warn("Tasklist's form validity check has changed; serving it unchanged. Forms with lists may not submit.");
    }
    this.script = patched(original).getBytes(StandardCharsets.UTF_8);
  }

  static String patched(String original) {
    return original.replace(COUNTS_EMPTY_ENTRIES, COUNTS_MESSAGES);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !(request.getContextPath() + SCRIPT_PATH).equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setContentType("application/javascript;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(script.length);
    response.getOutputStream().write(script);
  }

  static String read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Tasklist's script is missing from the classpath: " + resource, e);
    }
  }
}
