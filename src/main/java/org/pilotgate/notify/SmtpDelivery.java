package org.pilotgate.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through Spring Boot's mail sender (spring.mail.*), with a plain-text and an HTML part. */
class SmtpDelivery implements MailDelivery {

  private final JavaMailSender sender;
  private final String from;

  SmtpDelivery(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void deliver(PendingMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(mail.address());
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot build mail " + mail.id(), e);
    }
    sender.send(message);
  }
}
