package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cockpit's dashboard shows a service lead how many human tasks are open (she may read no task), and
 * nothing more: a count that filters on anything else keeps her own rights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OpenTaskCountsForServiceLeadsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COUNT = "/camunda/api/engine/engine/default/task/count";

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  void shouldCountEveryOpenTaskForTheServiceLeadButAnswerNothingAboutAPerson() throws Exception {
    // given an open screening task of a child's case
    var referral = HttpProbe.local(port).as("nina", "demo").postJson("/api/referrals",
        ReferralRequests.valid("NORTH", "OC-" + UUID.randomUUID()));
    assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
    var lesley = WebappSession.login(port, "cockpit", "lesley");

    // when her dashboard counts open tasks, and the unassigned ones with groups
    long all = count(lesley, "{}");
    long queued = count(lesley, "{\"unfinished\": true, \"unassigned\": true, \"withCandidateGroups\": true}");
    // and when a count asks about one child
    var aboutAChild = lesley.send(AccessProbe.post(COUNT,
        "{\"processVariables\": [{\"name\": \"childName\", \"operator\": \"eq\", \"value\": \"Ffion Jones\"}]}"));

    // then the dashboard's numbers are the engine's, and the question about a child gets her own rights' answer
    assertThat(all).isEqualTo(tasks.createTaskQuery().count()).isPositive();
    assertThat(queued).isEqualTo(tasks.createTaskQuery().taskUnassigned().withCandidateGroups().count()).isPositive();
    assertThat(aboutAChild.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(aboutAChild.body()).get("count").asLong()).as("she may read no task").isZero();
    assertThat(count(WebappSession.login(port, "cockpit", "max"), "{}")).as("a process manager: his own rights")
        .isZero();
  }

  private static long count(WebappSession session, String body) throws Exception {
    var answer = session.send(AccessProbe.post(COUNT, body));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("count").asLong();
  }
}
