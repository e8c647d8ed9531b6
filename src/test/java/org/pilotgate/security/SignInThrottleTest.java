package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final SignInThrottle throttle = new SignInThrottle(
      new SignInProperties(Duration.ofSeconds(1), Duration.ofSeconds(8), 3, Duration.ofHours(1), 2), clock);

  @Test
  void eachFailureDoublesTheWaitUpToTheCeiling() {
    assertThat(waitAfterFailures(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(waitAfterFailures(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(waitAfterFailures(1)).isEqualTo(Duration.ofSeconds(4));
    assertThat(waitAfterFailures(1)).isEqualTo(Duration.ofSeconds(8));
    assertThat(waitAfterFailures(40)).as("never longer than the ceiling").isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void theWaitLeftShrinksAsTimePassesAndIsZeroWhenOver() {
    assertThat(throttle.waitLeft("sam", "203.0.113.10")).isZero();
    throttle.failed("sam", "203.0.113.10");
    throttle.failed("sam", "203.0.113.10");
    assertThat(throttle.waitLeft("sam", "203.0.113.10")).isEqualTo(Duration.ofSeconds(2));
    clock.pass(Duration.ofMillis(1500));
    assertThat(throttle.waitLeft("sam", "203.0.113.10")).isEqualTo(Duration.ofMillis(500));
    clock.pass(Duration.ofMillis(500));
    assertThat(throttle.waitLeft("sam", "203.0.113.10")).isZero();
  }

  @Test
  void theSameUserElsewhereDoesNotWait() {
    throttle.failed("mia", "203.0.113.1");
    assertThat(throttle.mustWait("mia", "203.0.113.1")).isTrue();
    assertThat(throttle.mustWait("mia", "198.51.100.1")).isFalse();
  }

  @Test
  void anAddressFailingForManyUsersWaitsAfterItsFreeFailures() {
    for (String user : new String[] {"a", "b", "c"}) {
      throttle.failed(user, "203.0.113.2");
    }
    assertThat(throttle.mustWait("olivia", "203.0.113.2")).isFalse();
    throttle.failed("d", "203.0.113.2");
    assertThat(throttle.mustWait("olivia", "203.0.113.2")).isTrue();
  }

  @Test
  void theRightPasswordStartsTheUsersCountAgain() {
    throttle.failed("max", "203.0.113.3");
    throttle.failed("max", "203.0.113.3");
    throttle.succeeded("max", "203.0.113.3");
    throttle.failed("max", "203.0.113.3");
    clock.pass(Duration.ofMillis(1001));
    assertThat(throttle.mustWait("max", "203.0.113.3")).as("back to the first wait").isFalse();
  }

  @Test
  void oldFailuresAreForgotten() {
    throttle.failed("max", "203.0.113.4");
    throttle.failed("max", "203.0.113.4");
    clock.pass(Duration.ofHours(2));
    throttle.failed("max", "203.0.113.4");
    clock.pass(Duration.ofMillis(1001));
    assertThat(throttle.mustWait("max", "203.0.113.4")).isFalse();
  }

  @Test
  void memoryIsBounded() {
    throttle.failed("a", "203.0.113.5");
    throttle.failed("b", "203.0.113.5");
    throttle.failed("c", "203.0.113.5");
    assertThat(throttle.mustWait("a", "203.0.113.5")).as("the oldest entry was dropped").isFalse();
    assertThat(throttle.mustWait("c", "203.0.113.5")).isTrue();
  }

  @Test
  void guessesSentInParallelWaitAsIfSentOneAfterAnother() throws InterruptedException {
    AtomicInteger checked = new AtomicInteger();
    List<Thread> guesses = Stream.generate(() -> new Thread(() -> throttle.attempt("max", "203.0.113.6", () -> {
      checked.incrementAndGet();
      return false;
    }))).limit(8).toList();
    guesses.forEach(Thread::start);
    for (Thread guess : guesses) {
      guess.join();
    }
    assertThat(checked).as("passwords checked").hasValue(1);
  }

  @Test
  void theRightPasswordSignsInUnlessItMustWait() {
    assertThat(throttle.attempt("max", "203.0.113.7", () -> true)).isTrue();
    assertThat(throttle.attempt("max", "203.0.113.7", () -> false)).isFalse();
    assertThat(throttle.attempt("max", "203.0.113.7", () -> true)).as("too soon").isFalse();
    clock.pass(Duration.ofSeconds(1));
    assertThat(throttle.attempt("max", "203.0.113.7", () -> true)).isTrue();
  }

  /** Fails {@code times} more for one user and address, then measures how long the next attempt must wait. */
  private Duration waitAfterFailures(int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed("max", "203.0.113.9");
    }
    Duration waited = Duration.ZERO;
    while (throttle.mustWait("max", "203.0.113.9")) {
      clock.pass(Duration.ofMillis(500));
      waited = waited.plusMillis(500);
    }
    return waited;
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    void pass(Duration time) {
      now = now.plus(time);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
