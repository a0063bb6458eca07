package org.carepath.retention;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The retention purge on the embedded H2 database ({@link RetentionScenario}); a context of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true",
    "camunda.bpm.process-engine-name=retentionit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
class RetentionPurgeIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void shouldRemoveACaseAtTheEndOfItsPeriodFromEveryTableOnceAndKeepTheOthers() throws Exception {
    new RetentionScenario(context, port).run();
  }
}
