package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.TestPilots.proposal;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database connection is lost while a manager completes a task: they get a clear error, the
 * task stays open with nothing saved, and the same completion works once the database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired Outage outage;

  @Test
  void aCompletionDuringAnOutageSavesNothingAndWorksOnceTheDatabaseIsBack() {
    ProcessInstance pilot = propose("olivia", proposal());
    String review = openTask(pilot, REVIEW_PROPOSAL).getId();

    outage.lostConnections.set(true);
    HttpResponse<String> failed;
    try {
      failed = approveAs("mia", review);
    } finally {
      outage.lostConnections.set(false);
    }

    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(HttpTestClient.json(failed).path("message").asText()).contains("could not reach its database");
    assertThat(pilot).isWaitingAt(REVIEW_PROPOSAL);
    assertThat(variable(pilot, "reviewDecision")).isNull();

    assertThat(approveAs("mia", review).statusCode()).isEqualTo(204);
    assertThat(pilot).isWaitingAt(PLAN_TRIAL);
  }

  private HttpResponse<String> approveAs(String manager, String task) {
    return HttpTestClient.basic(port, manager, DemoUsers.PASSWORD).postJson("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", Map.of("reviewDecision", Map.of("value", "APPROVE"))));
  }

  /**
   * Wraps the real database: while {@code lostConnections} is set, a transaction that completes a
   * task loses its connection at commit, as a dropped connection does. Sign-in keeps working.
   */
  @TestConfiguration
  static class Outage {

    final AtomicBoolean lostConnections = new AtomicBoolean();

    @Bean
    static BeanPostProcessor databaseThatCanBeLost(@org.springframework.context.annotation.Lazy Outage outage) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource && "dataSource".equals(name) ? outage.wrap(dataSource) : bean;
        }
      };
    }

    DataSource wrap(DataSource real) {
      return new DelegatingDataSource(real) {
        @Override
        public Connection getConnection() throws SQLException {
          return losable(super.getConnection());
        }
      };
    }

    private Connection losable(Connection connection) {
      AtomicBoolean completesATask = new AtomicBoolean();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, arguments) -> {
            if ("prepareStatement".equals(method.getName())
                && arguments[0].toString().toLowerCase().contains("delete from act_ru_task")) {
              completesATask.set(true);
            }
            if ("commit".equals(method.getName()) && completesATask.getAndSet(false) && lostConnections.get()) {
              connection.rollback();
              throw new SQLException("connection lost", "08006");
            }
            try {
              return method.invoke(connection, arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
