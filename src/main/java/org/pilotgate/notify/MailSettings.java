package org.pilotgate.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are sent, under {@code pilotgate.mail.*}. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} mails are logged instead of sent.
 *
 * @param from the sender of every mail
 * @param firstRetryAfter wait after a first failed attempt; it doubles with each further failure
 * @param longestRetryAfter the longest wait between two attempts
 * @param maxAttempts attempts before a mail is given up (logged as an ERROR)
 * @param claimFor how long one node may take to deliver a mail before another node may try it
 * @param keepSent how long a sent mail stays in the outbox, which holds people's addresses
 */
@ConfigurationProperties("pilotgate.mail")
record MailSettings(
    @DefaultValue("PilotGate <pilotgate@localhost>") String from,
    @DefaultValue("PT1M") Duration firstRetryAfter,
    @DefaultValue("PT4H") Duration longestRetryAfter,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("PT2M") Duration claimFor,
    @DefaultValue("P30D") Duration keepSent) {

  /** The wait before the next attempt, after {@code failedAttempts} failures in a row. */
  Duration retryAfter(int failedAttempts) {
    Duration wait = firstRetryAfter;
    for (int i = 1; i < failedAttempts && wait.compareTo(longestRetryAfter) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(longestRetryAfter) < 0 ? wait : longestRetryAfter;
  }
}
