package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.pilotgate.PilotGateApplication;
import org.pilotgate.demo.DemoSeed;
import org.pilotgate.RunsLast;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** Production starts only with a real first administrator, and never with demo users, demo pilots or the demo's fast path. */
@RunsLast("closing a production application leaves Camunda's webapps in this JVM answering 500")
class ProductionProfileTest {

  /** Camunda keeps its engines in a static registry by name: the applications here use a name of their own. */
  private static final String OWN_ENGINE_NAME = "--camunda.bpm.process-engine-name=production-check";

  @Test
  void productionWithoutAdministratorCredentialsRefusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(PilotGateApplication.class).profiles("prod")
        .run("--spring.datasource.url=jdbc:h2:mem:prod-refused", "--server.port=0", OWN_ENGINE_NAME))
        .isInstanceOf(ProductionAdmin.Missing.class)
        .hasMessage("no first administrator: PILOTGATE_ADMIN_ID is not set");
  }

  @Test
  void productionStartsWithItsFirstAdministratorAndNoDemoUsers() {
    try (ConfigurableApplicationContext production = prod("root", "Long-Secret-4-council")) {
      IdentityService identity = production.getBean(IdentityService.class);
      assertThat(identity.checkPassword("root", "Long-Secret-4-council")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMINS).userId("root").count()).isEqualTo(1);
      assertThat(identity.createUserQuery().userIdIn("olivia", "mia", "admin").count()).isZero();
      // seeding on, as the shipped settings have it: production has neither it nor the timers' fast path
      assertThat(production.getBeanProvider(DemoSeed.class).getIfAvailable()).isNull();
      assertThat(production.containsBean("timerFastPath")).isFalse();
      assertThat(production.getBean(HistoryService.class).createHistoricProcessInstanceQuery().count()).isZero();
    }
  }

  @Test
  void aWeakAdministratorPasswordIsRefusedBeforeTheAccountIsMade() {
    assertThatThrownBy(() -> prod("root", "only-lower-case-words"))
        .isInstanceOf(ProductionAdmin.Missing.class)
        .hasMessageStartingWith("PILOTGATE_ADMIN_PASSWORD does not meet the password policy");
  }

  /**
   * Starts production as an operator would, the credentials given like environment variables, on a
   * database of its own (command-line arguments outrank the test run's shared database), with the demo's
   * seeding on as shipped (the test run's settings turn it off).
   */
  private static ConfigurableApplicationContext prod(String adminId, String adminPassword) {
    return new SpringApplicationBuilder(PilotGateApplication.class).profiles("prod")
        .run("--spring.datasource.url=jdbc:h2:mem:prod-" + System.nanoTime(), "--server.port=0", OWN_ENGINE_NAME,
            "--PILOTGATE_ADMIN_ID=" + adminId, "--PILOTGATE_ADMIN_PASSWORD=" + adminPassword,
            "--pilotgate.demo.seed=true");
  }

  @Test
  void aShortPasswordIsRefusedWithItsLength() {
    assertThatThrownBy(() -> ProductionAdmin.from(new MockEnvironment()
        .withProperty("pilotgate.admin.id", "root").withProperty("pilotgate.admin.password", "short-pass")))
        .hasMessage("PILOTGATE_ADMIN_PASSWORD is too short: it has 10 characters, at least 12 are needed");
    assertThatThrownBy(() -> ProductionAdmin.from(new MockEnvironment().withProperty("pilotgate.admin.id", "root")))
        .hasMessage("no password for the first administrator: PILOTGATE_ADMIN_PASSWORD is not set");
  }

  @Test
  void theOperatorIsToldWhatToSet() {
    FailureAnalysis analysis = new ProductionAdminMissingAnalyzer()
        .analyze(new ProductionAdmin.Missing("no first administrator: PILOTGATE_ADMIN_ID is not set"));
    assertThat(analysis.getDescription()).startsWith("PilotGate will not start in production (profile 'prod')");
    assertThat(analysis.getAction()).contains("PILOTGATE_ADMIN_ID", "PILOTGATE_ADMIN_PASSWORD", "12 characters");
  }

  @Test
  void theCredentialsAreNeverPrinted() {
    ProductionAdmin admin = ProductionAdmin.from(new MockEnvironment()
        .withProperty("pilotgate.admin.id", "root").withProperty("pilotgate.admin.password", "a-long-Secret-42"));
    assertThat(admin.toString()).doesNotContain("Secret");
  }
}
