package org.pilotgate.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Camunda's "Cannot submit task form <id>: " is taken off a refused submission's message, and nothing else. */
class SubmissionErrorPrefixTest {

  private static final String REFUSAL = "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot submit task form "
      + "7caa8c46-d1e2-11ef-9a1b-0242ac120002: Trial end must be after the trial start.\",\"code\":null}";

  @Test
  void aRefusedTaskFormSaysOnlyWhatIsWrong() throws Exception {
    MockHttpServletResponse answer = post("/camunda/api/engine/engine/default/task/7caa8c46/submit-form", 400, REFUSAL);
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"message\":\"Trial end must be after the trial start.\"").doesNotContain("7caa8c46")
        .contains("\"type\":\"InvalidRequestException\"");
  }

  @Test
  void aRefusedStartSaysOnlyWhatIsWrong() throws Exception {
    String refusal = "{\"message\":\"Cannot instantiate process definition pilot-lifecycle:3:abc: Hypothesis is required.\"}";
    assertThat(post("/engine-rest/process-definition/key/pilot-lifecycle/submit-form", 400, refusal)
        .getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"Hypothesis is required.\"}");
  }

  @Test
  void successesAndOtherRequestsAreLeftAsTheyAre() throws Exception {
    assertThat(post("/engine-rest/task/1/submit-form", 200, REFUSAL).getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(REFUSAL);
    assertThat(post("/engine-rest/task/1/variables", 400, REFUSAL).getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(REFUSAL);
  }

  private static MockHttpServletResponse post(String path, int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SubmissionErrorPrefix().doFilter(request, response, new MockFilterChain(new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      }
    }));
    return response;
  }
}
