package org.carepath.retention;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.carepath.support.CarepathOnPostgres;
import org.carepath.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The retention purge on PostgreSQL ({@link RetentionScenario}): the same rows counted in the same tables. */
class RetentionPurgePostgresIT {

  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_retention_it");
  private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static ConfigurableApplicationContext context;

  @BeforeAll
  static void start() {
    DATABASE.recreate();
    SMTP.start(); // the letters that close the cases go to a real SMTP server
    context = CarepathOnPostgres.start(DATABASE, "retentionpostgres", Map.of("spring.mail.host", "127.0.0.1",
        "spring.mail.port", SMTP.getSmtp().getPort()));
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
    SMTP.stop();
  }

  @Test
  void shouldRemoveACaseAtTheEndOfItsPeriodFromEveryTableOnceAndKeepTheOthers() throws Exception {
    new RetentionScenario(context, CarepathOnPostgres.port(context)).run();
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
