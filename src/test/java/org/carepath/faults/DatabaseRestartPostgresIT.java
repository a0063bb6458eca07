package org.carepath.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.CarepathApplication;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 1,000 referrals from 4 clients, each retrying with its {@code externalReference} until it gets an
 * answer, while the PostgreSQL server is restarted twice: none lost, none duplicated, no incident, and
 * carepath healthy again soon after the database is back.
 */
class DatabaseRestartPostgresIT {

  static final int REFERRALS = 1000;
  static final int CLIENTS = 4;
  static final Duration HEALTHY_AGAIN_WITHIN = Duration.ofSeconds(30);
  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_faults_it");

  private static ConfigurableApplicationContext context;
  private static int port;

  @BeforeAll
  static void startCarepath() {
    DATABASE.recreate();
    Map<String, Object> properties = new HashMap<>(DATABASE.springProperties());
    properties.put("server.port", "0");
    properties.put("carepath.admin.password", "faults-kettle-42");
    properties.put("carepath.demo.users-enabled", "true");
    properties.put("carepath.demo.users-on-any-database", "true");
    properties.put("camunda.bpm.process-engine-name", "faults");
    properties.put("camunda.bpm.webapp.enabled", "false");
    // give up on a dead connection quickly; the pool replaces it once the server is back
    properties.put("spring.datasource.hikari.connection-timeout", "3000");
    properties.put("spring.datasource.hikari.validation-timeout", "1000");
    properties.put("management.endpoint.health.show-details", "always");
    context = new SpringApplicationBuilder(CarepathApplication.class).profiles("postgres")
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @AfterAll
  static void stopCarepath() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void shouldLoseAndDuplicateNoReferralWhileTheDatabaseRestartsTwice() throws Exception {
    // given four clients sharing out the referrals
    AtomicInteger next = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<List<String>>> work = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      work.add(clients.submit(() -> submitUntilDone(next, retries)));
    }

    // when the database restarts twice while they submit
    List<Duration> backToHealthy = new ArrayList<>();
    for (int restart = 1; restart <= 2; restart++) {
      int threshold = REFERRALS * restart / 3;
      await().atMost(Duration.ofMinutes(3)).until(() -> next.get() >= threshold);
      PostgresTestDatabase.restartServer();
      Instant back = Instant.now();
      await().atMost(HEALTHY_AGAIN_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> healthy());
      backToHealthy.add(Duration.between(back, Instant.now()));
    }
    List<String> references = new ArrayList<>();
    for (Future<List<String>> client : work) {
      references.addAll(client.get());
    }
    clients.shutdown();

    // then every referral is one case with one pathway, and nothing waits as an incident
    assertThat(references).hasSize(REFERRALS).doesNotHaveDuplicates();
    try (var connection = DATABASE.connect(); var statement = connection.createStatement()) {
      assertThat(count(statement, "select count(*) from care_case where external_reference like 'FAULT-%'")).isEqualTo(REFERRALS);
      assertThat(count(statement, "select count(*) from referral r join care_case c on r.case_id = c.id "
          + "where c.external_reference like 'FAULT-%'")).isEqualTo(REFERRALS);
    }
    RuntimeService runtime = context.getBean(RuntimeService.class);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ReferralPathway").count()).isEqualTo(REFERRALS);
    for (String reference : references) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
          .as(reference).isOne();
    }
    assertThat(runtime.createIncidentQuery().count()).isZero();
    System.out.printf("fault test: %d referrals, %d retried requests, healthy again after %s%n", REFERRALS,
        retries.get(), backToHealthy);
  }

  /** One client: takes the next number, submits until it gets 200 or 201, retrying with the same reference. */
  private static List<String> submitUntilDone(AtomicInteger next, AtomicInteger retries) throws InterruptedException {
    List<String> references = new ArrayList<>();
    HttpProbe nina = HttpProbe.local(port).as("nina", "demo");
    for (int n = next.getAndIncrement(); n < REFERRALS; n = next.getAndIncrement()) {
      String body = ReferralRequests.valid("NORTH", "FAULT-" + n);
      Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
      while (true) {
        HttpResponse<String> answer = null;
        try {
          answer = nina.postJson("/api/referrals", body);
        } catch (RuntimeException connectionTrouble) {
          // the server did not answer: try again
        }
        if (answer != null && (answer.statusCode() == 201 || answer.statusCode() == 200)) {
          references.add(reference(answer.body()));
          break;
        }
        if (Instant.now().isAfter(giveUp)) {
          throw new AssertionError("FAULT-" + n + " never accepted; last answer " + (answer == null ? "none"
              : answer.statusCode() + " " + answer.body()));
        }
        retries.incrementAndGet();
        Thread.sleep(200);
      }
    }
    return references;
  }

  private static boolean healthy() {
    try {
      var answer = HttpProbe.local(port).get("/actuator/health");
      return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static long count(java.sql.Statement statement, String sql) throws java.sql.SQLException {
    try (var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String reference(String body) {
    var matcher = java.util.regex.Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(body);
    if (!matcher.find()) {
      throw new AssertionError("no reference in " + body);
    }
    return matcher.group(1);
  }
}
