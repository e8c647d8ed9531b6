package org.pilotgate.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist is served with a validity check that ignores form-js's empty error entries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFormValidityFixTest {

  @LocalServerPort int port;

  @Test
  void theCamundaVersionInUseHasTheCheckThisFixReplaces() {
    assertThat(TasklistFormValidityFix.read(TasklistFormValidityFix.SCRIPT_RESOURCE))
        .as("after a Camunda upgrade, look again at Tasklist's form validity check")
        .containsOnlyOnce(TasklistFormValidityFix.COUNTS_EMPTY_ENTRIES);
  }

  @Test
  void tasklistIsServedWithTheFixedCheck() {
    HttpResponse<String> script = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD)
        .getPage(TasklistFormValidityFix.SCRIPT_PATH + "?bust=7.24.0");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).get().asString().startsWith("application/javascript");
    assertThat(script.body()).contains(TasklistFormValidityFix.COUNTS_MESSAGES)
        .doesNotContain(TasklistFormValidityFix.COUNTS_EMPTY_ENTRIES);
  }
}
