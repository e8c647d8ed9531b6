package org.pilotgate.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST resources put "Cannot submit task form &lt;task id&gt;: " (or "Cannot instantiate process
 * definition &lt;id&gt;: ", "Cannot complete task &lt;id&gt;: ") before the reason a submission was refused,
 * and Tasklist shows that message as it is. The reason is written for the person at the form; the id
 * means nothing to them. This takes the prefix off refused submissions, in Tasklist's engine API and in
 * {@code /engine-rest} alike.
 */
@Component
class SubmissionErrorPrefix extends OncePerRequestFilter {

  private static final Pattern SUBMISSION = Pattern.compile(".*/(submit-form|complete|start)$");
  private static final Pattern PREFIX = Pattern.compile(
      "^Cannot (submit task form|complete task|instantiate process definition) [^ ]+: ");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !SUBMISSION.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() >= 400 && isJson(answer.getContentType())) {
      byte[] shorter = withoutPrefix(answer.getContentAsByteArray());
      answer.resetBuffer();
      answer.getOutputStream().write(shorter);
    }
    answer.copyBodyToResponse();
  }

  static byte[] withoutPrefix(byte[] body) {
    try {
      if (JSON.readTree(body) instanceof ObjectNode error && error.path("message").isTextual()) {
        error.put("message", PREFIX.matcher(error.path("message").asText()).replaceFirst(""));
        return JSON.writeValueAsBytes(error);
      }
    } catch (IOException notJson) {
      // left as it was
    }
    return body;
  }

  private static boolean isJson(String contentType) {
    return contentType != null && contentType.contains("json");
  }
}
