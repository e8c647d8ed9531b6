package org.pilotgate.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A mail the server took is marked sent even if the database was away at that moment: the node marks it
 * when the database is back, while it still holds the mail's claim, so no other node sends it again.
 */
class OutboxSenderTest {

  private final List<String> delivered = new ArrayList<>();
  private final OneMailOutbox outbox = new OneMailOutbox();
  private final OutboxSender sender = new OutboxSender(outbox, mail -> delivered.add(mail.subject()),
      new MailSettings("PilotGate <pilotgate@localhost>", Duration.ofMinutes(1), Duration.ofHours(4), 10,
          Duration.ofMinutes(2), Duration.ofDays(30)), Clock.systemUTC());

  @Test
  void aMailDeliveredWhileTheDatabaseWentAwayIsMarkedSentWhenItComesBackAndNotSentAgain() {
    outbox.databaseAway = true;
    assertThatThrownBy(sender::sendDue).isInstanceOf(DataAccessResourceFailureException.class);
    assertThat(delivered).containsExactly("PIL-2026-0001 proposed");
    assertThat(outbox.sentAt).isNull();

    outbox.databaseAway = false;
    sender.sendDue();

    assertThat(outbox.sentAt).as("marked sent, as of its delivery").isNotNull();
    assertThat(delivered).as("delivered once").containsExactly("PIL-2026-0001 proposed");
  }

  /** One pending mail, due once (then this node holds its claim); marking it sent fails while the database is away. */
  private static final class OneMailOutbox extends Outbox {
    boolean databaseAway;
    Instant sentAt;
    private boolean offered;

    OneMailOutbox() {
      super(null);
    }

    @Override
    List<Long> due(Instant now, int limit) {
      if (offered) {
        return List.of();
      }
      offered = true;
      return List.of(1L);
    }

    @Override
    boolean claim(long id, String holder, Instant now, Instant until) {
      return true;
    }

    @Override
    PendingMail pending(long id) {
      return new PendingMail(id, "olivia@pilotgate.invalid", "PIL-2026-0001 proposed", "text", "<p>html</p>", 0);
    }

    @Override
    void sent(long id, String holder, Instant now) {
      if (databaseAway) {
        throw new DataAccessResourceFailureException("terminating connection due to administrator command");
      }
      sentAt = now;
    }
  }
}
