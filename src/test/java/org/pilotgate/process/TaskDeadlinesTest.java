package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.PilotGateProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Task due dates from the settings, without Spring or an engine. */
class TaskDeadlinesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** The day before the clocks go back: a period of days keeps the time of day in the council's zone. */
  private static final ZonedDateTime SATURDAY_NOON = ZonedDateTime.of(2026, 10, 24, 12, 0, 0, 0, LONDON);

  private final TaskDeadlines deadlines = new TaskDeadlines(
      Map.of("PlanTrial", Period.ofDays(14), "RecordCheckIn", Period.ofWeeks(1)),
      Clock.fixed(SATURDAY_NOON.toInstant(), LONDON));

  @Test
  void aTaskIsDueItsConfiguredPeriodAfterItOpensInTheCouncilsZone() {
    assertThat(deadlines.due("PlanTrial").toInstant()).isEqualTo(SATURDAY_NOON.plusDays(14).toInstant());
    assertThat(deadlines.due("RecordCheckIn").toInstant()).isEqualTo(SATURDAY_NOON.plusDays(7).toInstant())
        .isEqualTo(SATURDAY_NOON.toInstant().plusSeconds(7 * 24 * 3600 + 3600));
  }

  @Test
  void aTaskWithoutAConfiguredPeriodFailsNamingItself() {
    assertThatThrownBy(() -> deadlines.due("DecideGate")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the task DecideGate").hasMessageContaining("pilotgate.due-within");
  }

  @Test
  void theDefaultsAreTheModelsFormerPeriodsAndASettingOrAnEnvironmentVariableOverridesOne() {
    PilotGateProperties defaults = bind(Map.of());
    assertThat(TaskDeadlines.periods(defaults.dueWithin())).isEqualTo(TaskDeadlines.DEFAULTS)
        .containsEntry("AcknowledgePriorWork", Period.ofDays(7)).containsEntry("ReviseProposal", Period.ofDays(14))
        .containsEntry("PlanTrial", Period.ofDays(14)).containsEntry("RecordCheckIn", Period.ofDays(7))
        .containsEntry("EvaluateTrial", Period.ofDays(21)).containsEntry("WriteSuccessReport", Period.ofDays(28))
        .containsEntry("ReviewSuccessReport", Period.ofDays(10)).containsEntry("ReviewFailureReport", Period.ofDays(10))
        .containsEntry("ChaseOverdueReport", Period.ofDays(7)).containsEntry("CompleteProposal", Period.ofDays(14))
        .hasSize(10);

    PilotGateProperties configured = new Binder(ConfigurationPropertySources.from(List.<PropertySource<?>>of(
        // as Spring Boot reads the environment: map keys arrive in lower case ("evaluatetrial")
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            Map.of("PILOTGATE_DUEWITHIN_EVALUATETRIAL", "P1M")),
        new MapPropertySource("application.yml", Map.of("pilotgate.due-within.PlanTrial", "P3W")))))
        .bindOrCreate("pilotgate", PilotGateProperties.class);
    TaskDeadlines fromSettings = new TaskDeadlines(TaskDeadlines.periods(configured.dueWithin()),
        Clock.fixed(SATURDAY_NOON.toInstant(), LONDON));
    assertThat(fromSettings.due("PlanTrial").toInstant()).isEqualTo(SATURDAY_NOON.plusWeeks(3).toInstant());
    assertThat(fromSettings.due("EvaluateTrial").toInstant()).isEqualTo(SATURDAY_NOON.plusMonths(1).toInstant());
    assertThat(fromSettings.due("ReviseProposal").toInstant()).as("a default kept")
        .isEqualTo(SATURDAY_NOON.plusDays(14).toInstant());
  }

  @Test
  void aPeriodThatIsNotPositiveOrAKeyThatIsNoTaskStopsStartUpNamingTheProperty() {
    for (String period : new String[] {"P0D", "-P1D", "P1M-40D"}) {
      assertThatThrownBy(() -> periodsOf(Map.of("pilotgate.due-within.PlanTrial", period))).as(period)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("pilotgate.due-within.PlanTrial must be a positive period, e.g. P14D, not " + Period.parse(period));
    }
    assertThatThrownBy(() -> periodsOf(Map.of("pilotgate.due-within.PlanTrail", "P14D")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pilotgate.due-within.PlanTrail names no task whose due date is set here")
        .hasMessageContaining("PlanTrial");
  }

  private static Map<String, Period> periodsOf(Map<String, String> settings) {
    return TaskDeadlines.periods(bind(settings).dueWithin());
  }

  private static PilotGateProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("pilotgate", PilotGateProperties.class);
  }
}
