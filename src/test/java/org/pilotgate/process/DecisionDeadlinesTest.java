package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.pilotgate.PilotGateProperties;

class DecisionDeadlinesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZonedDateTime FRIDAY_NOON = ZonedDateTime.of(2026, 11, 27, 12, 0, 0, 0, LONDON);

  private final DecisionDeadlines deadlines = new DecisionDeadlines(
      new PilotGateProperties.Decisions(10, Period.ofDays(14)), Clock.fixed(FRIDAY_NOON.toInstant(), LONDON));

  @Test
  void aReviewIsDueTenWorkingDaysLaterSkippingWeekends() {
    assertThat(deadlines.review().toInstant()).isEqualTo(FRIDAY_NOON.plusWeeks(2).toInstant());
  }

  @Test
  void aGateIsDueTheConfiguredPeriodAfterTheEvaluation() {
    assertThat(deadlines.gate().toInstant()).isEqualTo(FRIDAY_NOON.plusDays(14).toInstant());
  }
}
