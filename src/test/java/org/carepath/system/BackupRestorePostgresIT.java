package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.CarepathOnPostgres;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup and restore of docs/operations.md, done for real: {@code pg_dump -Fc} of a running
 * carepath's database, {@code pg_restore} into an empty one, carepath started on the copy. The case
 * goes on where it stood (its next task, its letter), and the audit trail came along, append-only.
 */
class BackupRestorePostgresIT {

  private static final PostgresTestDatabase ORIGINAL = new PostgresTestDatabase("carepath_backup_it");
  private static final PostgresTestDatabase RESTORED = new PostgresTestDatabase("carepath_restored_it");
  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ConfigurableApplicationContext running;

  @BeforeAll
  static void startMailServer() {
    SMTP.start();
  }

  @AfterAll
  static void stop() {
    if (running != null) {
      running.close();
    }
    SMTP.stop();
  }

  @Test
  void shouldGoOnWithACaseFromARestoredBackup() throws Exception {
    // given a screened referral on a running carepath
    ORIGINAL.recreate();
    running = start(ORIGINAL, "backup");
    String reference = screenedReferral(nina(), running, "backup");

    // when its database is backed up while it runs, and restored into an empty database
    Path dump = Files.createTempFile("carepath-", ".dump");
    ORIGINAL.dumpTo(dump);
    running.close();
    RESTORED.recreate();
    RESTORED.restoreFrom(dump);
    Files.delete(dump);
    running = start(RESTORED, "restored");

    // then the case reads back and goes on from the restored copy: the decision, its letter, closed
    HttpProbe nina = nina();
    var read = nina.get("/api/cases/" + reference);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"stage\":\"Decide at ISCAN meeting\"", "Referral received from Dr Owen Price");
    complete(nina, running, "restored", reference, "Activity_IscanDecision",
        Map.of("decision", "NOT_ELIGIBLE", "decisionReason", "Agreed at the ISCAN meeting"));
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
        .until(() -> caseStatus(reference).equals("CLOSED"));
    assertThat(SMTP.getReceivedMessages()).as("the not-eligible letter to the referrer, copied to the GP").hasSize(2);

    // and the audit trail of before the backup is there, still append-only
    try (Connection db = RESTORED.connect(); var statement = db.createStatement()) {
      var referred = statement.executeQuery("select count(*) from audit_event where case_reference = '" + reference
          + "' and action = 'POST /api/referrals'");
      referred.next();
      assertThat(referred.getInt(1)).as("the referral's audit line").isOne();
      assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
  }

  private static ConfigurableApplicationContext start(PostgresTestDatabase database, String engine) {
    return CarepathOnPostgres.start(database, engine,
        Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", SMTP.getSmtp().getPort()));
  }

  private static HttpProbe nina() {
    return HttpProbe.local(CarepathOnPostgres.port(running)).as("nina", "demo");
  }

  private static String screenedReferral(HttpProbe nina, ConfigurableApplicationContext context, String engine) throws IOException {
    var created = nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", "BACKUP-1"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = JSON.readTree(created.body()).get("reference").asText();
    complete(nina, context, engine, reference, "Activity_ScreenReferral", Map.of("needsCount", 2,
        "asdAdhdRequested", false, "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true));
    return reference;
  }

  /** As Tasklist does: {@code POST /engine-rest/engine/{engine}/task/{id}/complete} with nina's credentials. */
  private static void complete(HttpProbe nina, ConfigurableApplicationContext context, String engine, String reference,
      String taskKey, Map<String, Object> variables) throws IOException {
    var task = context.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " of " + reference).isNotNull();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", value.getClass().getSimpleName())));
    var response = nina.postJson("/engine-rest/engine/" + engine + "/task/" + task.getId() + "/complete",
        JSON.writeValueAsString(Map.of("variables", typed)));
    assertThat(response.statusCode()).as(taskKey + ": " + response.body()).isEqualTo(204);
  }

  private static String caseStatus(String reference) throws SQLException {
    try (Connection db = RESTORED.connect(); var statement = db.createStatement();
        var result = statement.executeQuery("select status from care_case where reference = '" + reference + "'")) {
      return result.next() ? result.getString(1) : "";
    }
  }
}
