package org.pilotgate.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when Spring Boot has a mail sender (it makes one once {@code spring.mail.host} is set);
 * otherwise, as on the embedded default, each mail is logged on one line instead.
 */
@Configuration
class MailDeliveryConfig {

  private static final Logger LOG = LoggerFactory.getLogger(MailDeliveryConfig.class);

  @Bean
  MailDelivery mailDelivery(ObjectProvider<JavaMailSender> smtp, MailSettings settings) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender != null) {
      return new SmtpDelivery(sender, settings.from());
    }
    LOG.info("No SMTP server configured (spring.mail.host): notifications are logged, not sent");
    return mail -> LOG.info("Mail not sent (no SMTP server) to {}: {}", mail.address(), mail.subject());
  }
}
