package org.pilotgate.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, a request that needs it (signing in included) is answered 503
 * with a Retry-After and a sentence saying so, rather than a bare 500: its transaction never
 * committed, so nothing was changed and the same request can simply be sent again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnreachable extends OncePerRequestFilter {

  static final String MESSAGE = "PilotGate cannot reach its database just now. Nothing was changed: "
      + "please try again in a moment.";
  static final String RETRY_AFTER_SECONDS = "10";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnreachable.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted() || !isUnreachableDatabase(e)) {
        throw e;
      }
      LOG.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
          request.getRequestURI(), e.getMessage());
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(MESSAGE);
    }
  }

  /** No connection to be had, or the one in use lost: SQL states of class 08, and 57P01 to 57P03. */
  static boolean isUnreachableDatabase(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
      if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
        return true;
      }
    }
    return false;
  }
}
