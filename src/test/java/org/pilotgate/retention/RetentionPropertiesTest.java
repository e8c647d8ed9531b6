package org.pilotgate.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

  @Test
  void theRetentionIsAWholeNumberOfDays() {
    assertThat(retention(Duration.ofDays(2557)).pilotHistoryDays()).isEqualTo(2557);
    assertThatThrownBy(() -> retention(Duration.ofHours(36))).hasMessageContaining("whole number of days");
    assertThatThrownBy(() -> retention(Duration.ZERO)).hasMessageContaining("pilot-history");
  }

  private static RetentionProperties retention(Duration pilotHistory) {
    return new RetentionProperties(pilotHistory, LocalTime.of(1, 0), LocalTime.of(5, 0), 500);
  }
}
