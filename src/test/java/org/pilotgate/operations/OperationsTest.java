package org.pilotgate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.security.Groups;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operators and their tools see: health probes, Prometheus metrics, and log lines naming the pilot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // Boot leaves metrics export out of tests unless asked
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends PilotProcessTest {

  @LocalServerPort int port;

  @Test
  void probesAreOpenButOnlyOperatorsSeeTheDetails() {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      HttpResponse<String> health = anonymous.get(probe);
      assertThat(health.statusCode()).as(probe).isEqualTo(200);
      assertThat(HttpTestClient.json(health).path("status").asText()).as(probe).isEqualTo("UP");
      assertThat(HttpTestClient.json(health).has("components")).as(probe).isFalse();
    }
    JsonNode readiness = HttpTestClient.json(HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD)
        .get("/actuator/health/readiness")).path("components");
    assertThat(readiness.path("db").path("status").asText()).isEqualTo("UP");
    assertThat(readiness.path("jobExecutor").path("details").path("enabled").asBoolean(true))
        .as("the tests run without a job executor, and the probe says so").isFalse();
  }

  @Test
  void prometheusScrapesPilotGatesFiguresWithOperatorCredentialsOnly() {
    propose("olivia", TestPilots.proposal());
    assertThat(HttpTestClient.anonymous(port).get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "mia", DemoUsers.PASSWORD).get("/actuator/prometheus", "text/plain").statusCode())
        .isEqualTo(403);

    HttpResponse<String> scrape = HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD).get("/actuator/prometheus", "text/plain");
    assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
    String metrics = scrape.body();
    assertThat(value(metrics, "pilotgate_pilots\\{stage=\"IN_REVIEW\"}")).as("this pilot waits for review")
        .isGreaterThanOrEqualTo(1);
    assertThat(value(metrics, "pilotgate_jobs_due")).isGreaterThanOrEqualTo(0);
    assertThat(value(metrics, "pilotgate_incidents_open")).isGreaterThanOrEqualTo(0);
    assertThat(value(metrics, "pilotgate_reports_overdue")).isGreaterThanOrEqualTo(0);

    double published = value(metrics, "pilotgate_reports_published");
    assertThat(scrapeUser().get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(200);
    assertThat(scrapeUser().getPage("/camunda/app/tasklist/default/").statusCode()).as("and nothing else")
        .isIn(302, 401, 403);
    stoppedAtGateAndPublished();
    assertThat(value(HttpTestClient.basic(port, "admin", DemoUsers.PASSWORD).get("/actuator/prometheus", "text/plain").body(),
        "pilotgate_reports_published")).isEqualTo(published + 1);
  }

  @Test
  void aLogLineAboutAPilotNamesItsReference(CapturedOutput output) {
    ProcessInstance pilot = stoppedAtGateAndPublished();
    String reference = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pilot.getId()).singleResult().getBusinessKey();
    assertThat(output.getOut().lines().filter(line -> line.contains("Published the FAILED report")))
        .as("the reference comes from the logging context, in plain text or JSON")
        .anyMatch(line -> line.contains(reference));
  }

  /** A member of the monitoring group only, as an operator sets up Prometheus's user in Admin. */
  private HttpTestClient scrapeUser() {
    if (identity.createUserQuery().userId("scraper").count() == 0) {
      User scraper = identity.newUser("scraper");
      scraper.setPassword("scrape-password");
      identity.saveUser(scraper);
      identity.createMembership("scraper", Groups.MONITORING);
    }
    return HttpTestClient.basic(port, "scraper", "scrape-password");
  }

  private static double value(String metrics, String series) {
    Matcher line = Pattern.compile("(?m)^" + series + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
    assertThat(line.find()).as("%s in%n%s", series, metrics).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
