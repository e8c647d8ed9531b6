package org.pilotgate.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out. Wrong passwords are counted
 * per user name and client address, and per client address over all user names; after each counted
 * failure the next attempt from there must wait, twice as long each time up to a ceiling. The real
 * user signing in from another address is never affected, and every wait ends.
 *
 * <p>The counts live in this node's memory, bounded in size (the least recently used are dropped
 * first), and are forgotten a while after the last failure.
 */
@Component
class SignInThrottle {

  private final SignInProperties settings;
  private final Clock clock;
  private final Map<String, Failures> byUserAndAddress;
  private final Map<String, Failures> byAddress;
  private final Object[] addressLocks = Stream.generate(Object::new).limit(64).toArray();

  @Autowired
  SignInThrottle(SignInProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.byUserAndAddress = bounded(settings.maxTracked());
    this.byAddress = bounded(settings.maxTracked());
  }

  /**
   * Signs in if the attempt need not wait and its password matches; counts a wrong password. Attempts
   * from one client address are checked one at a time, so that guesses sent in parallel wait as if
   * sent one after another.
   */
  boolean attempt(String user, String address, BooleanSupplier passwordMatches) {
    synchronized (addressLocks[Math.floorMod(address.hashCode(), addressLocks.length)]) {
      if (mustWait(user, address)) {
        return false;
      }
      if (passwordMatches.getAsBoolean()) {
        succeeded(user, address);
        return true;
      }
      failed(user, address);
      return false;
    }
  }

  /** Whether an attempt must be refused now, without checking its password. */
  synchronized boolean mustWait(String user, String address) {
    return !waitLeft(user, address).isZero();
  }

  /** How long an attempt from there must still wait before its password is checked: zero when it need not. */
  synchronized Duration waitLeft(String user, String address) {
    Instant now = clock.instant();
    Instant until = Stream.of(waitsUntil(byUserAndAddress, key(user, address), 0),
        waitsUntil(byAddress, address, settings.freeFailuresPerAddress())).max(Instant::compareTo).orElseThrow();
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    count(byUserAndAddress, key(user, address), now);
    count(byAddress, address, now);
  }

  /** The user knew their password: their own count from this address starts again. */
  synchronized void succeeded(String user, String address) {
    byUserAndAddress.remove(key(user, address));
  }

  private Instant waitsUntil(Map<String, Failures> counts, String key, int freeFailures) {
    Failures failures = current(counts, key);
    int counted = failures == null ? 0 : failures.count() - freeFailures;
    if (counted <= 0) {
      return Instant.MIN;
    }
    return failures.last().plus(delayAfter(counted));
  }

  private Duration delayAfter(int countedFailures) {
    Duration longest = settings.longestDelay();
    // doubling 30 times outgrows any sensible ceiling; stop there rather than overflow
    Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(countedFailures - 1, 30));
    return delay.compareTo(longest) > 0 ? longest : delay;
  }

  private void count(Map<String, Failures> counts, String key, Instant now) {
    Failures earlier = current(counts, key);
    counts.put(key, new Failures(earlier == null ? 1 : earlier.count() + 1, now));
  }

  /** The failures still counting under {@code key}, forgetting them once they are old enough. */
  private Failures current(Map<String, Failures> counts, String key) {
    Failures failures = counts.get(key);
    if (failures != null && failures.last().plus(settings.forgetAfter()).isBefore(clock.instant())) {
      counts.remove(key);
      return null;
    }
    return failures;
  }

  private static String key(String user, String address) {
    return user + "\n" + address;
  }

  private static Map<String, Failures> bounded(int maxEntries) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > maxEntries;
      }
    };
  }

  private record Failures(int count, Instant last) {}
}
