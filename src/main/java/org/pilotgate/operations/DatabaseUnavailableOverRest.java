package org.pilotgate.operations;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers its own failures (500, with the failed statement in the message), so
 * they never reach {@link DatabaseUnavailable}. These mappers, ahead of Camunda's, give the same 503
 * and sentence when the database is unavailable, as JSON in Camunda's error shape, and leave every
 * other failure to Camunda's handlers.
 */
@Component
class DatabaseUnavailableOverRest implements ResourceConfigCustomizer {

  private static final int AHEAD_OF_CAMUNDA = Priorities.USER - 1000;

  @Override
  public void customize(ResourceConfig config) {
    config.register(new EngineFailures(), AHEAD_OF_CAMUNDA);
    config.register(new StatementFailures(), AHEAD_OF_CAMUNDA);
    config.register(new ResourceFailures(), AHEAD_OF_CAMUNDA);
  }

  static Optional<Response> unavailable(Throwable failure) {
    return DatabaseUnavailable.reason(failure).map(reason -> Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "DatabaseUnavailable", "message", reason.message))
        .build());
  }

  /** Failures inside the engine's own commands. */
  static final class EngineFailures implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException failure) {
      return unavailable(failure).orElseGet(() -> camunda.toResponse(failure));
    }
  }

  /** Failures a REST resource caught and wrapped (starting a process by its form does). */
  static final class ResourceFailures implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException failure) {
      if (failure.getStatus() == Response.Status.SERVICE_UNAVAILABLE) {
        return camunda.toResponse(failure); // already answered as unavailable, in its own words (CallerError)
      }
      return unavailable(failure).orElseGet(() -> camunda.toResponse(failure));
    }
  }

  /** Failures of PilotGate's own statements, made in the engine's transaction by its listeners. */
  static final class StatementFailures implements ExceptionMapper<DataAccessException> {

    private final ExceptionHandler camunda = new ExceptionHandler();

    @Override
    public Response toResponse(DataAccessException failure) {
      return unavailable(failure).orElseGet(() -> camunda.toResponse(failure));
    }
  }
}
