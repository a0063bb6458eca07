package org.carepath.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same task completed by two people at the same moment (Tasklist or the REST API): exactly one
 * completion counts, the other is told clearly, and the process goes on once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ConcurrentCompletionIT {

  static final int TRIALS = 50;
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SCREENING = """
      {"variables": {"needsCount": {"value": 3, "type": "Integer"}, "asdAdhdRequested": {"value": false, "type": "Boolean"},
        "keyWorkerElsewhere": {"value": false, "type": "Boolean"}, "complexMultiAgencyNeeds": {"value": false, "type": "Boolean"}}}
      """;

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  void shouldCompleteATaskOnceWhenTwoPeopleCompleteItAtTheSameMoment() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> losers = new ArrayList<>();
    try {
      for (int trial = 0; trial < TRIALS; trial++) {
        // given: a screening task in the North meeting queue
        String reference = reference(nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", "RACE-" + port + "-" + trial)));
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

        // when nina and noah press Complete at once
        CountDownLatch start = new CountDownLatch(1);
        Future<HttpResponse<String>> byNina = pool.submit(() -> complete(start, "nina", taskId));
        Future<HttpResponse<String>> byNoah = pool.submit(() -> complete(start, "noah", taskId));
        start.countDown();
        List<HttpResponse<String>> answers = List.of(byNina.get(), byNoah.get());

        // then one succeeded, the other was refused with 409 saying why, and there is one decision task
        assertThat(answers).extracting(HttpResponse::statusCode).as(reference + " " + answers.stream().map(HttpResponse::body).toList())
            .containsOnlyOnce(204).allMatch(status -> status == 204 || status == 409);
        answers.stream().filter(a -> a.statusCode() != 204).forEach(a -> losers.add(a.statusCode() + " " + a.body()));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Activity_IscanDecision")
            .count()).isOne();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).count()).isOne();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(losers).hasSize(TRIALS).allMatch(answer -> answer.startsWith("409 ") && answer.contains("at the same moment"));
  }

  private HttpResponse<String> complete(CountDownLatch start, String user, String taskId) throws InterruptedException {
    start.await();
    return HttpProbe.local(port).as(user, "demo").postJson("/engine-rest/task/" + taskId + "/complete", SCREENING);
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }

  private static String reference(HttpResponse<String> created) {
    try {
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      return JSON.readTree(created.body()).path("reference").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
