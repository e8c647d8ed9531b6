package org.pilotgate.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, or can be read but takes no changes (read-only, or out of disk
 * space), a request that needed it (signing in included) is answered 503 with a Retry-After and a
 * sentence saying so, rather than a bare 500: its transaction never committed, so nothing was changed
 * and the same request can simply be sent again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {

  /** Why the database could not serve the request, in words for the person who sent it. */
  enum Reason {
    UNREACHABLE("PilotGate cannot reach its database just now."),
    TAKES_NO_CHANGES("PilotGate's database cannot store changes just now.");

    final String message;

    Reason(String sentence) {
      this.message = sentence + " Nothing was changed: please try again in a moment.";
    }
  }

  static final String RETRY_AFTER_SECONDS = "10";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      Optional<Reason> reason = reason(e);
      if (response.isCommitted() || reason.isEmpty()) {
        throw e;
      }
      LOG.warn("{} {} answered 503, {}: {}", request.getMethod(), request.getRequestURI(), reason.get(),
          e.getMessage());
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(reason.get().message);
    }
  }

  /**
   * Unreachable: no connection to be had, or the one in use lost (SQL states of class 08, 57P01 to
   * 57P03). Takes no changes: a read-only transaction (25006) or insufficient resources such as a
   * full disk (class 53). Any other failure is not the database being away. A rollback that failed
   * too (its connection closed) hides the failure that made the step roll back: that one is looked at
   * as well. When the commit itself failed, Spring throws the rollback's failure alone; the connection
   * was then closed by the pool, which closes a connection as soon as it sees it lost: a call on a
   * connection the pool closed counts as unreachable too.
   */
  static Optional<Reason> reason(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
        Optional<Reason> hidden = reason(rollback.getApplicationException());
        if (hidden.isPresent()) {
          return hidden;
        }
      }
      if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
          || isOnConnectionThePoolClosed(cause)) {
        return Optional.of(Reason.UNREACHABLE);
      }
      String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
      if (state != null && (state.startsWith("08") || state.matches("57P0[123]"))) {
        return Optional.of(Reason.UNREACHABLE);
      }
      if (state != null && (state.equals("25006") || state.startsWith("53"))) {
        return Optional.of(Reason.TAKES_NO_CHANGES);
      }
    }
    return Optional.empty();
  }

  /** HikariCP answers any call on a connection it closed with this failure, which has no SQL state. */
  private static boolean isOnConnectionThePoolClosed(Throwable failure) {
    return failure instanceof SQLException sql && sql.getSQLState() == null
        && "Connection is closed".equals(sql.getMessage());
  }
}
