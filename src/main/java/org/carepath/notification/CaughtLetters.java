package org.carepath.notification;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo catches its own letters ({@code carepath.demo.catch-letters}, on in the demo profile): no
 * mail server is needed, every letter counts as sent (so the pathways move on as they would with one)
 * and staff read them at {@code /cases/letters}. Never outside the demo profile, which itself refuses
 * any database but its embedded H2.
 */
@Configuration
@Profile("demo")
@ConditionalOnProperty(name = "carepath.demo.catch-letters", havingValue = "true")
class CaughtLetters {

  private static final Logger LOG = LoggerFactory.getLogger(CaughtLetters.class);

  @Bean
  JavaMailSender caughtLetterSender() {
    return new JavaMailSenderImpl() {
      @Override
      protected void doSend(MimeMessage[] messages, Object[] originals) {
        LOG.info("Demo: {} letter(s) caught, not sent; read them at /cases/letters", messages.length);
      }
    };
  }
}
