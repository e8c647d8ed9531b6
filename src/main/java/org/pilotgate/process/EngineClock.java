package org.pilotgate.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.pilotgate.PilotGateProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * PilotGate's one clock, the {@link Clock} bean every class that asks for the time is given: the
 * engine's clock ({@link ClockUtil}) in the council's zone ({@code pilotgate.zone}). Timers, task
 * dates and PilotGate's own records so read the same time, and a test that moves the engine's clock
 * moves PilotGate's with it. In production the engine's clock is the system clock. Measuring how long
 * something took is not a question for this clock: that is {@link System#nanoTime()}.
 */
@Component
public final class EngineClock extends Clock {

  private final ZoneId zone;

  @Autowired
  EngineClock(PilotGateProperties properties) {
    this(properties.zone());
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The engine's time. The engine's clock counts whole milliseconds; while no test has moved it, it is
   * the system clock, whose own reading is then returned with its finer precision, as
   * {@code Instant.now()} did before this clock: a lease released at one instant and taken again at
   * the next (the peer import's) must see the second as later even within the same millisecond. The
   * system clock is read first, so the result never goes back from one call to the next.
   */
  @Override
  public Instant instant() {
    Instant system = Instant.now();
    long engine = ClockUtil.now().getTime();
    return engine == system.toEpochMilli() ? system : Instant.ofEpochMilli(engine);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new EngineClock(other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EngineClock clock && clock.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode() + 1;
  }

  @Override
  public String toString() {
    return "EngineClock[" + zone + "]";
  }
}
