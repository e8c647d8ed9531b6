package org.pilotgate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** The engine REST API's own failures answered 503 when the database is away, and left to Camunda otherwise. */
class DatabaseUnavailableOverRestTest {

  @Test
  void aFormStartThatLostItsDatabaseIsAnswered503() {
    RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEnginePersistenceException("An exception occurred in the persistence layer",
            new SQLException("FATAL: terminating connection due to administrator command", "57P01")),
        "Cannot instantiate process definition");

    Response answer = new DatabaseUnavailableOverRest.ResourceFailures().toResponse(wrapped);

    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
  }

  @Test
  void anyOtherWrappedFailureIsCamundasToAnswer() {
    RestException refused = new RestException(Response.Status.BAD_REQUEST, "Cannot submit the form");

    assertThat(new DatabaseUnavailableOverRest.ResourceFailures().toResponse(refused).getStatus()).isEqualTo(400);
  }
}
