package org.carepath.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.CarepathOnPostgres;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import org.carepath.support.Sql;
import org.carepath.support.SmtpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The mail server has taken a letter, and the database stops before carepath has recorded it: the
 * letter step's transaction is lost, its job is run again, and the letter still goes exactly once.
 *
 * <p>A proxy between carepath and the mail server (GreenMail) holds back the server's acceptance of the
 * letter until PostgreSQL has been stopped; it is started again a few seconds later. Without the
 * retried SENT record, the letter stays claimed but unrecorded, and the job's next run after the claim's
 * lease sends it a second time.
 */
class LetterHandOverPostgresIT {

  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_handover_it");
  private static final GreenMail SMTP = new GreenMail(new ServerSetup(TwoNodesPostgresIT.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final String ENGINE = "handover";
  private static final String LETTER = "Activity_SendNotEligibleLetter";
  private static final String REFERRER = "owen.price@hv.example";
  private static final String GP = "gp@roath.example";
  private static final Duration DATABASE_DOWN = Duration.ofSeconds(3);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<CompletableFuture<Void>> RESTARTS = new CopyOnWriteArrayList<>();
  private static SmtpProxy mailServer;
  private static ConfigurableApplicationContext context;
  private static HttpProbe nina;

  @BeforeAll
  static void startCarepath() throws IOException {
    DATABASE.recreate();
    SMTP.start();
    mailServer = new SmtpProxy(SMTP.getSmtp().getPort());
    Map<String, Object> settings = new HashMap<>();
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", mailServer.port());
    // short, so that a letter left claimed but unrecorded would be sent again within the test
    settings.put("carepath.letters.send-lease", "PT20S");
    settings.put("camunda.bpm.job-execution.lock-time-in-millis", "40000");
    settings.put("camunda.bpm.job-execution.max-wait", "1000");
    settings.put("spring.datasource.hikari.connection-timeout", "2000");
    settings.put("spring.datasource.hikari.validation-timeout", "1000");
    context = CarepathOnPostgres.start(DATABASE, ENGINE, settings);
    nina = HttpProbe.local(CarepathOnPostgres.port(context)).as("nina", "demo");
  }

  @AfterAll
  static void stopCarepath() {
    RESTARTS.forEach(CompletableFuture::join); // the server is up again for the tests that follow
    if (context != null) {
      context.close();
    }
    if (mailServer != null) {
      mailServer.close();
    }
    SMTP.stop();
  }

  @Test
  void shouldSendALetterOnceWhenTheDatabaseStopsAfterTheMailServerTookIt() throws Exception {
    // given a screened referral, and a database that stops the moment the mail server takes the next letter
    String reference = screenedReferral();
    mailServer.onNextAcceptance(() -> {
      PostgresTestDatabase.stopServer();
      RESTARTS.add(CompletableFuture.runAsync(() -> {
        pause(DATABASE_DOWN);
        PostgresTestDatabase.startServer();
      }));
    });

    // when the team decides the child is not eligible: the not-eligible letter goes as a job
    complete(reference, "Activity_IscanDecision", Map.of("decision", "NOT_ELIGIBLE", "decisionReason", "Agreed at the ISCAN meeting"));
    Instant decided = Instant.now();
    await().atMost(Duration.ofSeconds(30)).until(() -> !RESTARTS.isEmpty());
    RESTARTS.get(0).get();
    // (the instance ends when the case closes: until then, nudge its failed jobs; the database may still be starting)
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> closed(reference));

    // then the letter went once, recorded after the first attempt, and its step was run again
    assertThat(mailServer.acceptances()).as("messages the mail server accepted").isEqualTo(1);
    assertThat(mailsAbout(reference, REFERRER)).as("to the referrer").hasSize(1);
    assertThat(mailsAbout(reference, GP)).as("copies to the GP").hasSize(1);
    try (Connection db = DATABASE.connect()) {
      assertThat(Sql.rows(db, "select n.status || ' ' || n.attempts from notification n join care_case c on n.case_id = c.id "
          + "where c.reference = '" + reference + "'")).containsExactly("SENT 1");
      assertThat(Sql.rows(db, "select count(*) from case_record_entry e join care_case c on e.case_id = c.id "
          + "where e.kind = 'LETTER' and c.reference = '" + reference + "'")).containsExactly("1");
      List<String> runs = Sql.rows(db, "select l.job_state_ from act_hi_job_log l join act_hi_procinst p on l.process_instance_id_ = p.id_ "
          + "where p.business_key_ = '" + reference + "' and l.act_id_ = '" + LETTER + "' and l.job_def_configuration_ = 'async-before' "
          + "and l.job_state_ in (1, 2) order by l.timestamp_, l.sequence_counter_");
      assertThat(runs).as("the letter job's runs (1 failed, 2 successful)").containsExactly("1", "2");
      assertThat(Sql.rows(db, "select incident_msg_ from act_ru_incident")).as("incidents").isEmpty();
    }
    System.out.printf("hand-over test: %s closed %s after the decision; letter job runs %s%n",
        reference, Duration.between(decided, Instant.now()), "failed, then successful");
  }

  /** Whether the case is closed; until then a failed letter job is due again at once (instead of ten minutes later). */
  private static boolean closed(String reference) throws SQLException {
    try (Connection db = DATABASE.connect()) {
      if (Sql.rows(db, "select status from care_case where reference = '" + reference + "'").equals(List.of("CLOSED"))) {
        return true;
      }
    }
    ManagementService management = context.getBean(ManagementService.class);
    var pathway = context.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("ReferralPathway").singleResult();
    for (Job failed : management.createJobQuery().processInstanceId(pathway.getId()).withException().withRetriesLeft().list()) {
      if (failed.getDuedate() != null && failed.getDuedate().after(new Date())) {
        management.setJobDuedate(failed.getId(), new Date());
      }
    }
    return false;
  }

  private static String screenedReferral() throws IOException {
    var created = nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = JSON.readTree(created.body()).get("reference").asText();
    complete(reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true));
    return reference;
  }

  /** As Tasklist does: {@code POST /engine-rest/task/{id}/complete} with nina's credentials. */
  private static void complete(String reference, String taskKey, Map<String, Object> variables) {
    var task = context.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " of " + reference).isNotNull();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", value.getClass().getSimpleName())));
    try {
      var response = nina.postJson("/engine-rest/engine/" + ENGINE + "/task/" + task.getId() + "/complete",
          JSON.writeValueAsString(Map.of("variables", typed)));
      assertThat(response.statusCode()).as(taskKey + ": " + response.body()).isEqualTo(204);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Message-IDs of the mails in a mailbox whose subject names the case. */
  private static List<String> mailsAbout(String reference, String mailbox) {
    return SMTP.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(mailbox), m -> subject(m).contains(reference))
        .map(LetterHandOverPostgresIT::messageId).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
