package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait the login page names is rounded up, so a person who waits that long is let in. */
class SignInMustWaitTest {

  @Test
  void waitsAreRoundedUpToSecondsThenMinutes() {
    assertThat(SignInMustWait.readable(Duration.ofMillis(200))).isEqualTo("1 second");
    assertThat(SignInMustWait.readable(Duration.ofMillis(1500))).isEqualTo("2 seconds");
    assertThat(SignInMustWait.readable(Duration.ofSeconds(59))).isEqualTo("59 seconds");
    assertThat(SignInMustWait.readable(Duration.ofSeconds(60))).isEqualTo("1 minute");
    assertThat(SignInMustWait.readable(Duration.ofSeconds(61))).isEqualTo("2 minutes");
    assertThat(SignInMustWait.readable(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    assertThat(new SignInMustWait(Duration.ofSeconds(4)).getMessage())
        .isEqualTo("There have been too many wrong passwords from here. Wait 4 seconds, then try again.");
  }
}
