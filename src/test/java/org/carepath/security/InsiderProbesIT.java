package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cross-sector writes an insider still had (issue 10, finding 6), each refused now, with the
 * control that the same call on one's own work goes through where it should.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsiderProbesIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CareCaseRepository cases;

  NorthCase north;

  @BeforeAll
  void createNorthCase() {
    north = NorthCase.create(port, runtime, tasks, management);
  }

  @Test
  void shouldNotLetSouthRouteHerOwnCaseIntoTheNorthQueue() throws Exception {
    // given her own South case
    var sara = as("sara");
    var own = sara.postJson("/api/referrals", ReferralRequests.valid("SOUTH", null));
    String reference = new com.fasterxml.jackson.databind.ObjectMapper().readTree(own.body()).get("reference").asText();
    long before = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count();

    // when she starts a pathway on it naming the North team
    var forged = sara.postJson("/engine-rest/process-definition/key/ReferralPathway/start", "{\"businessKey\":\"" + reference
        + "\",\"variables\":{\"caseReference\":{\"value\":\"" + reference + "\"},\"sector\":{\"value\":\"SOUTH\"},"
        + "\"sectorTeam\":{\"value\":\"iscan-north\"}}}");

    // then
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(forged.body()).contains("sectorTeam 'iscan-north' is not your team");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskCandidateGroup("iscan-north").processInstanceBusinessKey(reference).count()).isZero();
  }

  @Test
  void shouldRefuseABringBackMessageThatNamesNoCase() {
    // when
    var forgedTeam = as("sara").postJson("/engine-rest/message", "{\"messageName\":\"CaseBroughtBack\","
        + "\"processVariables\":{\"sectorTeam\":{\"value\":\"iscan-north\"}},\"resultEnabled\":true}");
    var noCase = as("sara").postJson("/engine-rest/message", "{\"messageName\":\"CaseBroughtBack\",\"resultEnabled\":true}");

    // then
    assertThat(forgedTeam.statusCode()).as(forgedTeam.body()).isEqualTo(403);
    assertThat(noCase.statusCode()).as(noCase.body()).isEqualTo(403);
    assertThat(noCase.body()).contains("a message names its case");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ReferralPathway").list())
        .noneMatch(instance -> instance.getBusinessKey() == null);
  }

  @Test
  void shouldKeepAJobsRetriesWhenSomeoneWhoMayNotRunItTries() {
    // given the North IAP's timer job with its retries
    int retries = management.createJobQuery().jobId(north.timerJobId()).singleResult().getRetries();

    // when a South worker tries to run it three times
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      answers.add(as("sara").postJson("/engine-rest/job/" + north.timerJobId() + "/execute", "").statusCode());
    }

    // then refused, and the job is as it was: no retry used, no incident
    assertThat(answers).containsOnly(403);
    assertThat(management.createJobQuery().jobId(north.timerJobId()).singleResult().getRetries()).isEqualTo(retries);
    assertThat(runtime.createIncidentQuery().configuration(north.timerJobId()).count()).isZero();
  }

  @Test
  void shouldNotAnswerASouthReferralWithTheNorthCaseOfTheSameExternalReference() {
    // given a North referral with an external reference
    String shared = "shared-" + UUID.randomUUID();
    var northReferral = as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", shared));
    assertThat(northReferral.statusCode()).isEqualTo(201);
    long casesBefore = cases.count();

    // when a South worker sends her referral with the same external reference
    var south = as("sara").postJson("/api/referrals", ReferralRequests.valid("SOUTH", shared));
    var northAgain = as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", shared));

    // then she is told, without the North reference; the North repeat still answers with its case
    assertThat(south.statusCode()).as(south.body()).isEqualTo(409);
    assertThat(south.body()).contains("externalReference").doesNotContain("ISC-N-");
    assertThat(cases.count()).isEqualTo(casesBefore);
    assertThat(northAgain.statusCode()).isEqualTo(200);
    assertThat(northAgain.body()).contains("ISC-N-");
  }

  @Test
  void shouldNotLetAServiceLeadCommentOnATeamsTask() {
    // when
    String comment = "{\"message\":\"A lead's note\"}";
    var byLead = as("lesley").postJson("/engine-rest/task/" + north.screeningTaskId() + "/comment/create", comment);
    var bySouth = as("sara").postJson("/engine-rest/task/" + north.screeningTaskId() + "/comment/create", comment);
    var byAdministrator = as("demo").postJson("/engine-rest/task/" + north.screeningTaskId() + "/comment/create",
        "{\"message\":\"An administrator's note\"}");

    // then
    assertThat(byLead.statusCode()).as(byLead.body()).isEqualTo(403);
    assertThat(byLead.body()).contains("comments are written on tasks you work");
    assertThat(bySouth.statusCode()).as("she cannot even find the task: " + bySouth.body()).isIn(400, 403, 404);
    assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(200);
    assertThat(tasks.getTaskComments(north.screeningTaskId())).extracting(c -> c.getFullMessage())
        .doesNotContain("A lead's note").contains("An administrator's note");
  }

  @Test
  void shouldNotLetEvenAnAdministratorDeleteTheProcessInstancesOfACase() {
    // when
    var admin = as("demo");
    var running = admin.send(admin.request("/engine-rest/process-instance/" + north.careCoordinationId()).DELETE());
    var history = admin.postJson("/engine-rest/history/process-instance/delete", "{\"historicProcessInstanceIds\":[\""
        + north.careCoordinationId() + "\"],\"deleteReason\":\"tidy up\"}");
    var batch = admin.postJson("/engine-rest/process-instance/delete", "{\"processInstanceIds\":[\"" + north.pathwayId()
        + "\"],\"deleteReason\":\"tidy up\"}");

    // then
    assertThat(List.of(running.statusCode(), history.statusCode(), batch.statusCode())).as(running.body()).containsOnly(400);
    assertThat(running.body()).contains("Process instances of cases are not deleted");
    assertThat(runtime.createProcessInstanceQuery().processInstanceIds(
        java.util.Set.of(north.careCoordinationId(), north.pathwayId())).count()).isEqualTo(2);
  }

  @Test
  void shouldShowTheEnginesCountsToServiceLeadsAndAdministratorsOnly() {
    for (String path : List.of("/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/process-definition/statistics")) {
      assertThat(as("max").get(path).statusCode()).as("max: " + path).isEqualTo(403);
      assertThat(as("nina").get(path).statusCode()).as("nina: " + path).isEqualTo(403);
      assertThat(as("lesley").get(path).statusCode()).as("lesley: " + path).isEqualTo(200);
      assertThat(as("demo").get(path).statusCode()).as("demo: " + path).isEqualTo(200);
    }
  }

  @Test
  void shouldShowCockpitsCountsToServiceLeadsAndAdministratorsOnly() {
    var max = WebappSession.login(port, "cockpit", "max");
    var lesley = WebappSession.login(port, "cockpit", "lesley");
    var demo = WebappSession.login(port, "cockpit", "demo");
    for (String path : List.of(
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
        "/camunda/api/engine/engine/default/process-definition/statistics",
        "/camunda/api/engine/engine/default/process-definition/" + pathwayDefinitionId() + "/statistics",
        "/camunda/api/engine/engine/default/metrics/activity-instance-start/sum",
        "/camunda/api/engine/engine/default/process-definition/STATISTICS;x=y")) {
      assertThat(max.open(path).statusCode()).as("max: " + path).isEqualTo(403);
      if (!path.contains(";")) {
        assertThat(lesley.open(path).statusCode()).as("lesley: " + path).isEqualTo(200);
        assertThat(demo.open(path).statusCode()).as("demo: " + path).isEqualTo(200);
      }
    }
    // the process manager still sees what was deployed, without counts
    assertThat(max.open("/camunda/api/engine/engine/default/deployment").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldKeepApiAnswersOutOfCachesAndUnsniffed() {
    // when
    var answered = as("nina").get("/api/me");
    var refused = HttpProbe.local(port).get("/api/me");

    // then
    for (var response : List.of(answered, refused)) {
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  private String pathwayDefinitionId() {
    return runtime.createProcessInstanceQuery().processInstanceId(north.pathwayId()).singleResult().getProcessDefinitionId();
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
