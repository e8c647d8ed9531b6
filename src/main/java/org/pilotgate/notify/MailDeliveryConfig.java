package org.pilotgate.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP once {@code spring.mail.host} names a server; otherwise, as on the embedded default, each
 * mail is logged on one line instead. A blank host counts as none: Spring Boot makes a mail sender
 * for any value, and Compose passes {@code SPRING_MAIL_HOST} empty when {@code .env} leaves it out.
 */
@Configuration
class MailDeliveryConfig {

  private static final Logger LOG = LoggerFactory.getLogger(MailDeliveryConfig.class);

  @Bean
  MailDelivery mailDelivery(@Value("${spring.mail.host:}") String host, ObjectProvider<JavaMailSender> smtp,
      MailSettings settings) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (!host.isBlank() && sender != null) {
      return new SmtpDelivery(sender, settings.from());
    }
    LOG.info("No SMTP server configured (spring.mail.host): notifications are logged, not sent");
    return mail -> LOG.info("Mail not sent (no SMTP server) to {}: {}", mail.address(), mail.subject());
  }
}
