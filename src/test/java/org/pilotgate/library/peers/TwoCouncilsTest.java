package org.pilotgate.library.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.process.LifecycleModel.ACKNOWLEDGE_PRIOR_WORK;
import static org.pilotgate.process.LifecycleModel.PROCESS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.PilotGateApplication;
import org.pilotgate.TestPilots;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.PublishedReport;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.security.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two councils' PilotGates in one JVM, each with its own database and process engine: council BBB
 * follows council AAA's library, and a proposal at BBB like a pilot AAA stopped is warned about it.
 */
class TwoCouncilsTest {

  private static final Logger LOG = LoggerFactory.getLogger(TwoCouncilsTest.class);

  @Test
  void aFailurePublishedByOneCouncilIsPriorWorkForAnother() {
    try (ConfigurableApplicationContext a = start("a", "AAA", List.of())) {
      String libraryOfA = exportBaseUrl(port(a));
      try (ConfigurableApplicationContext b = start("b", "BBB", List.of(
          "--pilotgate.library.peers[0].url=" + libraryOfA,
          "--pilotgate.library.peers[0].name=Council A",
          "--pilotgate.library.peers[0].council=AAA"))) {
        assertThat(a.getBean(ProcessEngine.class).getName()).isEqualTo("a");
        assertThat(b.getBean(ProcessEngine.class).getName()).isEqualTo("b");

        a.getBean(LibraryStore.class).publishOnce(TestPilots.report("AAA", "PIL-2026-0001",
            "Bus drivers refer lonely older passengers", "FAILED", "ADULT_SOCIAL_CARE", "Drivers had no time at stops"),
            "a-1");

        PeerImport.Run run = b.getBean(PeerImport.class).importAllNow();
        assertThat(run.peer(libraryOfA).imported()).isEqualTo(1);
        assertThat(b.getBean(LibraryStore.class).find("AAA/PIL-2026-0001")).get()
            .extracting(PublishedReport::origin).isEqualTo(libraryOfA);

        RuntimeService runtime = b.getBean(RuntimeService.class);
        IdentityService identity = b.getBean(IdentityService.class);
        identity.setAuthentication("olivia", List.of(Groups.OFFICERS));
        ProcessInstance pilot;
        try {
          pilot = runtime.startProcessInstanceByKey(PROCESS, TestPilots.proposal());
        } finally {
          identity.clearAuthentication();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> matches = (List<Map<String, Object>>) ProcessData.plain(
            runtime.getVariableTyped(pilot.getId(), "priorWorkMatches"));
        assertThat(matches).extracting(match -> match.get("globalId")).contains("AAA/PIL-2026-0001");
        assertThat(matches).filteredOn(match -> "AAA/PIL-2026-0001".equals(match.get("globalId"))).singleElement()
            .satisfies(match -> assertThat(match.get("council")).isEqualTo("AAA"));
        Task acknowledge = b.getBean(TaskService.class).createTaskQuery().processInstanceId(pilot.getId())
            .taskDefinitionKey(ACKNOWLEDGE_PRIOR_WORK).singleResult();
        assertThat(acknowledge).as("the proposer must say what is different this time").isNotNull();
        assertThat(acknowledge.getAssignee()).isEqualTo("olivia");

        assertThat(a.getBean(LibraryStore.class).count()).as("following is one way: A is unchanged").isEqualTo(1);

        // Two engines in one JVM share Camunda's registry, so each is reached by its name ("default" is
        // neither): the engine REST API and Tasklist of each node work under /engine/<name> and /<name>/.
        for (ConfigurableApplicationContext node : List.of(a, b)) {
          String name = node.getBean(ProcessEngine.class).getName();
          HttpTestClient admin = HttpTestClient.basic(port(node), "admin", DemoUsers.PASSWORD);
          assertThat(HttpTestClient.json(admin.get("/engine-rest/engine/" + name
              + "/process-instance/count?processDefinitionKey=" + PROCESS))
              .get("count").asInt()).isEqualTo(node == b ? 1 : 0);
          assertThat(HttpTestClient.signedIn(port(node), "admin", DemoUsers.PASSWORD)
              .getPage("/camunda/app/tasklist/" + name + "/").statusCode()).isEqualTo(200);
        }
      }
    }
  }

  private static ConfigurableApplicationContext start(String engine, String council, List<String> more) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:peer-" + engine + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.process-engine-name=" + engine,
        "--pilotgate.council-code=" + council,
        // the test imports by hand: no scheduled run during it
        "--pilotgate.library.peer-import-interval=PT1H"));
    args.addAll(more);
    return new SpringApplicationBuilder(PilotGateApplication.class).run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  /** A's library, checked to answer the export peers read. */
  private static String exportBaseUrl(int port) {
    assertThat(HttpTestClient.anonymous(port).get(PeerClient.EXPORT_PATH + "?after=0&origin=local&limit=1")
        .statusCode()).isEqualTo(200);
    return "http://localhost:" + port;
  }
}
