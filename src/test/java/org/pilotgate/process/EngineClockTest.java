package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilotgate.PilotGateProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** PilotGate's clock is the engine's, in the council's zone: moving one moves the other. */
class EngineClockTest {

  private final EngineClock clock = new EngineClock(new Binder(new MapConfigurationPropertySource(
      java.util.Map.of("pilotgate.zone", "Europe/Paris"))).bindOrCreate("pilotgate", PilotGateProperties.class));

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void itReadsTheEnginesClockInTheCouncilsZone() {
    Instant moved = Instant.parse("2031-03-30T00:30:00Z");
    ClockUtil.setCurrentTime(Date.from(moved));
    assertThat(clock.instant()).isEqualTo(moved);
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(java.time.LocalDate.now(clock)).hasToString("2031-03-30");
    assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(moved);
    assertThat(clock.withZone(ZoneId.of("Europe/Paris"))).isEqualTo(clock);

    ClockUtil.reset();
    assertThat(clock.instant()).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
  }

  @Test
  void unmovedItNeverGoesBackAndKeepsTheSystemClocksPrecision() {
    Instant previous = clock.instant();
    boolean finerThanMillis = false;
    for (int i = 0; i < 100_000; i++) {
      Instant next = clock.instant();
      assertThat(next).isAfterOrEqualTo(previous);
      finerThanMillis |= next.getNano() % 1_000_000 != 0;
      previous = next;
    }
    assertThat(finerThanMillis).as("as precise as Instant.now() on this platform")
        .isEqualTo(Instant.now().getNano() % 1_000_000 != 0 || Instant.now().getNano() % 1_000_000 != 0);
  }
}
