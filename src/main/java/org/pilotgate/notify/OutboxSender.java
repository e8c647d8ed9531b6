package org.pilotgate.notify;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox after the steps that filled it have committed. A failed mail is tried again
 * later and later ({@link MailSettings#retryAfter}) and given up after {@code maxAttempts}; the
 * process never waits for it. Sent mails are forgotten after {@code keepSent}.
 */
@Component
class OutboxSender {

  static final int BATCH = 50;

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final Outbox outbox;
  private final MailDelivery delivery;
  private final MailSettings settings;
  private final Clock clock;
  private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  /**
   * Mails the server took whose row could not be marked sent (the database went away just then), with
   * when they went. They are marked first at the next runs, while this node still holds their claim: else
   * another node would take the row over when the claim runs out and send the mail again.
   */
  private final Map<Long, Instant> deliveredNotMarked = new LinkedHashMap<>();

  OutboxSender(Outbox outbox, MailDelivery delivery, MailSettings settings, Clock clock) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${pilotgate.mail.send-interval:PT15S}",
      initialDelayString = "${pilotgate.mail.send-interval:PT15S}")
  void scheduled() {
    try {
      sendDue();
      outbox.forgetSentBefore(clock.instant().minus(settings.keepSent()));
    } catch (RuntimeException e) {
      LOG.warn("Sending notifications failed; tried again at the next run", e);
    }
  }

  /** Delivers the mails that are due, stopping at the first failure; returns how many were delivered. */
  int sendDue() {
    markDelivered();
    int delivered = 0;
    for (long id : outbox.due(clock.instant(), BATCH)) {
      Instant claimed = clock.instant();
      if (!outbox.claim(id, holder, claimed, claimed.plus(settings.claimFor()))) {
        continue;
      }
      if (!deliver(outbox.pending(id))) {
        // the server is probably down: the rest waits for the next run rather than each timing out
        // on the scheduler's thread, which the library's index refresh shares
        break;
      }
      delivered++;
    }
    return delivered;
  }

  private boolean deliver(PendingMail mail) {
    try {
      delivery.deliver(mail);
    } catch (RuntimeException e) {
      int attempts = mail.attempts() + 1;
      boolean givenUp = attempts >= settings.maxAttempts();
      outbox.failed(mail.id(), holder, String.valueOf(e.getMessage()), clock.instant().plus(settings.retryAfter(attempts)),
          givenUp);
      if (givenUp) {
        LOG.error("Mail {} to {} ({}) given up after {} attempts: {}", mail.id(), mail.address(), mail.subject(),
            attempts, e.getMessage());
      } else {
        LOG.warn("Mail {} to {} failed (attempt {}), tried again later: {}", mail.id(), mail.address(), attempts,
            e.getMessage());
      }
      return false;
    }
    deliveredNotMarked.put(mail.id(), clock.instant());
    markDelivered();
    return true;
  }

  /** Marks the mails delivered as sent; those the database does not take now wait for the next run. */
  private void markDelivered() {
    for (Iterator<Map.Entry<Long, Instant>> delivered = deliveredNotMarked.entrySet().iterator(); delivered.hasNext();) {
      Map.Entry<Long, Instant> mail = delivered.next();
      try {
        outbox.sent(mail.getKey(), holder, mail.getValue());
      } catch (RuntimeException e) {
        LOG.warn("Mail {} was delivered but could not be marked sent; tried again at the next run: {}", mail.getKey(),
            e.getMessage());
        throw e;
      }
      delivered.remove();
    }
  }
}
