package org.pilotgate.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import org.pilotgate.operations.DatabaseUnavailable.Reason;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A request that fails for want of a database, or of one that takes changes, is answered 503 and told
 * to try again; any other failure is left alone.
 */
class DatabaseUnavailableTest {

  private final DatabaseUnavailable filter = new DatabaseUnavailable();

  @Test
  void noConnectionToBeHadIsAnswered503WithRetryAfter() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(post(), response, (request, ignored) -> {
      throw new ServletException(new IllegalStateException("authentication failed",
          new PersistenceException(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
    });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
    assertThat(response.getContentAsString()).contains("cannot reach its database", "Nothing was changed");
  }

  @Test
  void aLostConnectionCountsAsUnreachable() {
    assertThat(DatabaseUnavailable.reason(new RuntimeException(
        new SQLException("An I/O error occurred while sending to the backend.", "08006")))).contains(Reason.UNREACHABLE);
    assertThat(DatabaseUnavailable.reason(new RuntimeException(
        new SQLException("terminating connection due to administrator command", "57P01")))).contains(Reason.UNREACHABLE);
  }

  @Test
  void aConnectionLostMidStepCountsAsUnreachableThoughItsRollbackFailedToo() {
    TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollbackFailed.initApplicationException(new RuntimeException("JDBC commit",
        new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

    assertThat(DatabaseUnavailable.reason(new PersistenceException("An exception occurred in the persistence layer",
        rollbackFailed))).contains(Reason.UNREACHABLE);
  }

  @Test
  void aRollbackOnAConnectionThePoolClosedCountsAsUnreachable() {
    // the commit failed, the pool closed the lost connection, and Spring throws only the rollback's failure
    assertThat(DatabaseUnavailable.reason(new PersistenceException("An exception occurred in the persistence layer",
        new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed")))))
        .contains(Reason.UNREACHABLE);
    assertThat(DatabaseUnavailable.reason(new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed", "XX000")))).as("a failure with a state of its own").isEmpty();
  }

  @Test
  void aReadOnlyOrFullDatabaseTakesNoChanges() {
    assertThat(DatabaseUnavailable.reason(new RuntimeException(
        new SQLException("cannot execute INSERT in a read-only transaction", "25006"))))
        .contains(Reason.TAKES_NO_CHANGES);
    assertThat(DatabaseUnavailable.reason(new RuntimeException(
        new SQLException("could not extend file: No space left on device", "53100"))))
        .contains(Reason.TAKES_NO_CHANGES);
  }

  @Test
  void otherDatabaseErrorsAreNotTheDatabaseBeingAway() {
    assertThat(DatabaseUnavailable.reason(new RuntimeException(
        new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
    assertThat(DatabaseUnavailable.reason(new IllegalStateException("no"))).isEmpty();
  }

  @Test
  void anyOtherFailureGoesOnAsItWas() {
    IllegalStateException broken = new IllegalStateException("a bug");

    assertThatThrownBy(() -> filter.doFilter(post(), new MockHttpServletResponse(), (request, response) -> {
      throw broken;
    })).isSameAs(broken);
  }

  private static MockHttpServletRequest post() {
    return new MockHttpServletRequest("POST", "/engine-rest/process-definition/key/pilot-lifecycle/submit-form");
  }
}
