package org.pilotgate.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Mail goes out by SMTP only when an SMTP host is really named (Compose passes an unset one as empty). */
class MailDeliveryConfigTest {

  @Configuration
  @EnableConfigurationProperties(MailSettings.class)
  @Import(MailDeliveryConfig.class)
  static class Delivery {}

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(Delivery.class);

  @Test
  void aNamedHostSendsBySmtp() {
    context.withPropertyValues("spring.mail.host=smtp.example.gov.uk")
        .run(app -> assertThat(app.getBean(MailDelivery.class)).isInstanceOf(SmtpDelivery.class));
  }

  @Test
  void anEmptyHostLogsInsteadOfSending() {
    context.withPropertyValues("spring.mail.host=", "spring.mail.port=587")
        .run(app -> assertThat(app.getBean(MailDelivery.class)).isNotInstanceOf(SmtpDelivery.class));
  }

  @Test
  void noHostLogsInsteadOfSending() {
    context.run(app -> assertThat(app.getBean(MailDelivery.class)).isNotInstanceOf(SmtpDelivery.class));
  }
}
