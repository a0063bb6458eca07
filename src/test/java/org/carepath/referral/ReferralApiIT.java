package org.carepath.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The intake contract: a referral becomes one case whose reference keys its pathway and its tasks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReferralApiIT {

  @LocalServerPort int port;
  @Autowired CareCaseRepository cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void shouldOpenACaseAndQueueScreeningForTheSectorTeam() {
    // when
    var response = nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", "HV-1"));

    // then
    assertThat(response.statusCode()).isEqualTo(201);
    String reference = reference(response.body());
    assertThat(reference).matches("ISC-N-\\d{4}-\\d{5}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isOne();
    var task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Activity_ScreenReferral");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("iscan-north").count()).isOne();
    assertThat(runtime.getVariables(task.getProcessInstanceId()))
        .containsEntry("caseReference", reference).containsEntry("childName", "Ffion Jones")
        .doesNotContainKeys("nhsNumber", "childNhsNumber", "postcode");
    var view = nina().get("/api/cases/" + reference);
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.body()).contains("\"status\":\"OPEN\"", "\"sector\":\"NORTH\"", "\"stage\":\"Screen referral\"",
        "Referral received from Dr Owen Price");
  }

  @Test
  void shouldReturnTheSameCaseForARepeatedExternalReference() {
    String first = reference(nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", "HV-2")).body());

    var repeat = nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", "HV-2"));

    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(reference(repeat.body())).isEqualTo(first);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first).count()).isOne();
  }

  @Test
  void shouldMakeOneCaseOfConcurrentDuplicates() throws Exception {
    // given: eight clients sending the same referral at once
    var pool = Executors.newFixedThreadPool(8);
    Callable<String> submit = () -> nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", "HV-RACE")).body();

    // when
    List<Future<String>> answers = pool.invokeAll(java.util.Collections.nCopies(8, submit));
    pool.shutdown();

    // then
    var references = answers.stream().map(f -> reference(join(f))).distinct().toList();
    assertThat(references).hasSize(1);
    assertThat(cases.findByExternalReference("HV-RACE")).isPresent();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(references.get(0)).count()).isOne();
  }

  @Test
  void shouldHideACaseFromOtherSectors() {
    String reference = reference(nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", "HV-3")).body());

    var bySouth = HttpProbe.local(port).as("sara", "demo").get("/api/cases/" + reference);
    var unknown = nina().get("/api/cases/ISC-N-1999-99999");

    assertThat(bySouth.statusCode()).isEqualTo(404);
    assertThat(bySouth.body()).doesNotContain("Ffion");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }

  private static String reference(String body) {
    var matcher = java.util.regex.Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  private static String join(Future<String> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
