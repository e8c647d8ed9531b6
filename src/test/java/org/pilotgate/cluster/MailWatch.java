package org.pilotgate.cluster;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mails that reached the SMTP server, each with the moment its node sent it (its Date header, to the
 * second), keyed by address and subject as the outbox keeps them.
 */
final class MailWatch {

  /** A mail as it arrived. */
  record Arrival(String key, Instant sent) {}

  private final GreenMail server;
  private final List<Arrival> arrivals = new ArrayList<>();
  /** Each sending makes a new Message-ID; the server lists its mails by mailbox, not in order of arrival. */
  private final Set<String> seen = new HashSet<>();

  MailWatch(GreenMail server) {
    this.server = server;
  }

  /** Notes the mails that arrived since the last look. */
  synchronized void look() throws MessagingException {
    for (MimeMessage message : server.getReceivedMessages()) {
      if (seen.add(message.getMessageID())) {
        arrivals.add(new Arrival(key(((InternetAddress) message.getAllRecipients()[0]).getAddress(),
            message.getSubject()), message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant()));
      }
    }
  }

  /** Every arrival so far, by key. */
  synchronized Map<String, List<Instant>> arrivalsByKey() throws MessagingException {
    look();
    Map<String, List<Instant>> byKey = new HashMap<>();
    arrivals.forEach(arrival -> byKey.computeIfAbsent(arrival.key(), key -> new ArrayList<>()).add(arrival.sent()));
    return byKey;
  }

  static String key(String address, String subject) {
    return address + " | " + subject;
  }
}
