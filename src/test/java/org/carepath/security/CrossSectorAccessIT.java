package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.security.AccessProbe.delete;
import static org.carepath.security.AccessProbe.get;
import static org.carepath.security.AccessProbe.post;
import static org.carepath.security.AccessProbe.put;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * sara (South) probes a North case through every relevant endpoint of {@code /engine-rest} and of
 * carepath's {@code /api}: refused or empty, never a value of the case. Each read is repeated by the
 * least privileged user entitled to the case (nina of the North team for tasks and the case, lesley
 * of the service leads for instances and history), who must find it. Webapps: {@link CrossSectorWebappsIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSectorAccessIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  NorthCase north;

  @BeforeAll
  void createNorthCase() {
    north = NorthCase.create(port, runtime, tasks, management);
  }

  /** Reads of the engine's REST API, each with the user whose positive control it is. */
  Map<AccessProbe, String> engineReads() {
    String bk = north.reference();
    String pi = north.pathwayId();
    String task = north.screeningTaskId();
    String iap = north.iapInstanceId();
    String child = URLEncoder.encode(NorthCase.CHILD, StandardCharsets.UTF_8);
    var reads = new java.util.LinkedHashMap<AccessProbe, String>();
    reads.put(get("/engine-rest/task?processInstanceBusinessKey=" + bk), "nina");
    reads.put(get("/engine-rest/task/count?processInstanceBusinessKey=" + bk), "nina");
    reads.put(get("/engine-rest/task?processVariables=childName_eq_" + child), "nina");
    reads.put(get("/engine-rest/task?assignee=nina&processInstanceBusinessKey=" + bk), "nina");
    reads.put(post("/engine-rest/task", "{\"processInstanceBusinessKey\":\"" + bk + "\"}"), "nina");
    reads.put(post("/engine-rest/task", "{\"orQueries\":[{\"processInstanceBusinessKey\":\"" + bk + "\"}]}"), "nina");
    reads.put(post("/engine-rest/task/count", "{\"processInstanceBusinessKey\":\"" + bk + "\"}"), "nina");
    reads.put(get("/engine-rest/task/" + task), "nina");
    reads.put(get("/engine-rest/task/" + task + "/variables"), "nina");
    reads.put(get("/engine-rest/task/" + task + "/form-variables"), "nina");
    reads.put(get("/engine-rest/task/" + task + "/comment"), "lesley");
    reads.put(get("/engine-rest/task/" + task + "/identity-links"), "nina");
    reads.put(get("/engine-rest/task/" + north.iapTaskId() + "/variables"), "nina");
    reads.put(get("/engine-rest/process-instance?businessKey=" + bk), "lesley");
    reads.put(get("/engine-rest/process-instance/count?businessKey=" + bk), "lesley");
    reads.put(get("/engine-rest/process-instance?variables=childName_eq_" + child), "lesley");
    reads.put(post("/engine-rest/process-instance", "{\"businessKey\":\"" + bk + "\"}"), "lesley");
    reads.put(get("/engine-rest/process-instance/" + pi), "lesley");
    reads.put(get("/engine-rest/process-instance/" + pi + "/variables"), "lesley");
    reads.put(get("/engine-rest/process-instance/" + pi + "/variables/childName"), "lesley");
    reads.put(get("/engine-rest/process-instance/" + pi + "/activity-instances"), "lesley");
    reads.put(get("/engine-rest/process-instance/" + pi + "/comment"), "lesley");
    reads.put(get("/engine-rest/execution?businessKey=" + bk), "lesley");
    reads.put(get("/engine-rest/execution/count?businessKey=" + bk), "lesley");
    reads.put(get("/engine-rest/variable-instance?processInstanceIdIn=" + pi), "lesley");
    reads.put(get("/engine-rest/variable-instance/count?processInstanceIdIn=" + pi), "lesley");
    reads.put(get("/engine-rest/variable-instance?variableName=childName&variableValues=childName_eq_" + child), "lesley");
    reads.put(get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + bk), "lesley");
    reads.put(get("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + bk), "lesley");
    reads.put(post("/engine-rest/history/process-instance", "{\"processInstanceBusinessKey\":\"" + bk + "\"}"), "lesley");
    reads.put(get("/engine-rest/history/process-instance/" + pi), "lesley");
    reads.put(get("/engine-rest/history/variable-instance?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/variable-instance/count?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/variable-instance?variableName=childName&variableValue=" + child), "lesley");
    reads.put(get("/engine-rest/history/detail?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/detail/count?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/task?processInstanceBusinessKey=" + bk), "lesley");
    reads.put(get("/engine-rest/history/task/count?processInstanceBusinessKey=" + bk), "lesley");
    reads.put(get("/engine-rest/history/activity-instance?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/activity-instance/count?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/user-operation?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/user-operation/count?processInstanceId=" + pi), "lesley");
    reads.put(get("/engine-rest/history/identity-link-log?taskId=" + task), "lesley");
    reads.put(get("/engine-rest/history/incident?processInstanceId=" + iap), "lesley");
    reads.put(get("/engine-rest/history/job-log?processInstanceId=" + iap), "lesley");
    reads.put(get("/engine-rest/job?processInstanceId=" + iap), "lesley");
    reads.put(get("/engine-rest/job/count?processInstanceId=" + iap), "lesley");
    reads.put(get("/engine-rest/job/" + north.timerJobId()), "lesley");
    reads.put(get("/engine-rest/incident?processInstanceId=" + iap), "lesley");
    reads.put(get("/engine-rest/incident/count?processInstanceId=" + iap), "lesley");
    reads.put(get("/engine-rest/incident/" + north.incidentId()), "lesley");
    return reads;
  }

  /** carepath's own API: every endpoint under the case answers 404 to another sector. */
  Map<AccessProbe, String> apiReads() {
    String cases = "/api/cases/" + north.reference();
    var reads = new java.util.LinkedHashMap<AccessProbe, String>();
    reads.put(get(cases), "nina");
    reads.put(get(cases + "/care-plan"), "nina");
    reads.put(get(cases + "/care-plan/versions"), "nina");
    reads.put(get(cases + "/care-plan/versions/1"), "nina");
    reads.put(get(cases + "/care-plan/versions/1/pdf"), "nina");
    return reads;
  }

  @Test
  void shouldShowNothingOfANorthCaseToSouthThroughEngineRestAndTheApi() {
    var sara = HttpProbe.local(port).as("sara", "demo");
    List<String> probed = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    var all = new java.util.LinkedHashMap<>(engineReads());
    all.putAll(apiReads());

    all.forEach((probe, control) -> {
      // when
      var answer = probe.send(sara);
      var controlAnswer = probe.send(HttpProbe.local(port).as(control, "demo"));

      // then
      try {
        probe.assertNothingLeaks(answer, north);
        probe.assertFinds(controlAnswer, north);
        probed.add(probe + " -> " + answer.statusCode());
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
    });
    assertThat(failures).isEmpty();
    System.out.printf("CrossSectorAccessIT: %d reads refused or empty for sara, found by their controls%n%s%n",
        probed.size(), String.join("\n", probed));
  }

  @Test
  void shouldRefuseEveryChangeToANorthCaseFromSouth() {
    var sara = HttpProbe.local(port).as("sara", "demo");
    String pi = north.pathwayId();
    String task = north.screeningTaskId();
    String cases = "/api/cases/" + north.reference();
    List<AccessProbe> writes = List.of(
        post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"sara\"}"),
        post("/engine-rest/task/" + task + "/assignee", "{\"userId\":\"sara\"}"),
        post("/engine-rest/task/" + task + "/complete", "{\"variables\":{}}"),
        post("/engine-rest/task/" + task + "/submit-form", "{\"variables\":{}}"),
        post("/engine-rest/task/" + task + "/comment/create", "{\"message\":\"from the south\"}").orNothingMatched(400),
        post("/engine-rest/task/" + task + "/identity-links", "{\"groupId\":\"iscan-south\",\"type\":\"candidate\"}"),
        put("/engine-rest/task/" + task + "/variables/childName", "{\"value\":\"Changed\",\"type\":\"String\"}"),
        put("/engine-rest/process-instance/" + pi + "/variables/childName", "{\"value\":\"Changed\",\"type\":\"String\"}"),
        post("/engine-rest/process-instance/" + pi + "/variables", "{\"modifications\":{\"x\":{\"value\":\"y\"}}}"),
        put("/engine-rest/process-instance/" + pi + "/suspended", "{\"suspended\":true}"),
        post("/engine-rest/process-instance/" + pi + "/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Activity_ScreenReferral\"}]}"),
        delete("/engine-rest/process-instance/" + pi),
        post("/engine-rest/process-instance/delete", "{\"processInstanceIds\":[\"" + pi + "\"]}"),
        post("/engine-rest/message", "{\"messageName\":\"MeetingRequested\",\"businessKey\":\"" + north.reference()
            + "\",\"resultEnabled\":true,\"variablesInResultEnabled\":true}").orNothingMatched(400),
        post("/engine-rest/message", "{\"messageName\":\"GapOrBlock\",\"all\":true,\"businessKey\":\""
            + north.reference() + "\",\"resultEnabled\":true}").orNothingMatched(400),
        put("/engine-rest/job/" + north.timerJobId() + "/retries", "{\"retries\":0}"),
        post("/engine-rest/job/" + north.timerJobId() + "/execute", null),
        put("/engine-rest/job/" + north.timerJobId() + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"),
        put("/engine-rest/incident/" + north.incidentId() + "/annotation", "{\"annotation\":\"south\"}"),
        delete("/engine-rest/incident/" + north.incidentId()),
        put(cases + "/care-plan", "{}"),
        post(cases + "/events", "{\"type\":\"GAP_OR_BLOCK\",\"reason\":\"south\",\"description\":\"south\"}"),
        post(cases + "/care-plan/lead-agency", "{\"candidates\":[{\"agency\":\"A\",\"contactIntensity\":\"LOW\","
            + "\"contactRegularity\":\"WEEKLY\",\"hasCapacity\":true,\"familyPreference\":false}]}"));

    // when / then
    for (AccessProbe write : writes) {
      write.assertNothingLeaks(write.send(sara), north);
    }
    System.out.printf("CrossSectorAccessIT: %d changes refused for sara%n", writes.size());

    // then nothing changed
    var task1 = tasks.createTaskQuery().taskId(task).singleResult();
    assertThat(task1).isNotNull();
    assertThat(task1.getAssignee()).isNull();
    assertThat(tasks.getTaskComments(task)).hasSize(1);
    assertThat(runtime.getVariable(pi, "childName")).isEqualTo(NorthCase.CHILD);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).active().count()).isEqualTo(1);
    assertThat(management.createJobQuery().jobId(north.timerJobId()).singleResult().getRetries()).isPositive();
    assertThat(runtime.createIncidentQuery().incidentId(north.incidentId()).count()).isEqualTo(1);
    assertThat(tasks.getIdentityLinksForTask(task)).noneMatch(l -> "iscan-south".equals(l.getGroupId()));
  }

  @Test
  void shouldNotLetSouthStartAPathwayThatNamesANorthCase() {
    // given: sara may start ReferralPathway (to refer a South child), and the engine lets a starter choose
    // the business key, the variables and the first activities
    var sara = HttpProbe.local(port).as("sara", "demo");
    String bk = north.reference();
    String asSouth = "\"variables\":{\"caseReference\":{\"value\":\"" + bk + "\"},\"sector\":{\"value\":\"SOUTH\"},"
        + "\"sectorTeam\":{\"value\":\"iscan-south\"},\"allocatedWorker\":{\"value\":\"sara\"}}";
    List<AccessProbe> starts = List.of(
        // at the plan meeting, whose form listener loads the plan of the business key's case
        post("/engine-rest/process-definition/key/ReferralPathway/start", "{\"businessKey\":\"" + bk + "\"," + asSouth
            + ",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Activity_PlanMeeting\"}]}"),
        post("/engine-rest/process-definition/key/ReferralPathway/start", "{\"businessKey\":\"" + bk + "\"," + asSouth
            + ",\"skipCustomListeners\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"Activity_PlanMeeting\"}]}"),
        // at the start event, with the case named: registration is skipped, screening goes to South
        post("/engine-rest/process-definition/key/ReferralPathway/start", "{\"businessKey\":\"" + bk + "\"," + asSouth + "}"),
        post("/engine-rest/process-definition/key/ReferralPathway/submit-form", "{\"businessKey\":\"" + bk + "\"," + asSouth + "}"),
        post("/engine-rest/process-definition/key/ReferralPathway/start", "{" + asSouth + "}"),
        // the bring-back start message, as carepath's own BringBack sends it
        post("/engine-rest/message", "{\"messageName\":\"CaseBroughtBack\",\"businessKey\":\"" + bk + "\","
            + "\"processVariables\":{\"caseReference\":{\"value\":\"" + bk + "\"},\"sectorTeam\":{\"value\":\"iscan-south\"},"
            + "\"sector\":{\"value\":\"SOUTH\"}},\"resultEnabled\":true,\"variablesInResultEnabled\":true}"));

    // when
    List<String> answers = new ArrayList<>();
    for (AccessProbe start : starts) {
      var answer = start.send(sara);
      answers.add(start + " -> " + answer.statusCode() + " " + answer.body());
    }

    // then: nothing started, and sara has no task of the case
    System.out.printf("CrossSectorAccessIT: %d forged starts%n%s%n", starts.size(), String.join("\n", answers));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).list())
        .as(String.join("\n", answers)).extracting(p -> p.getId())
        .containsExactlyInAnyOrder(north.pathwayId(), north.iapInstanceId(), north.careCoordinationId());
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("caseReference", bk).list())
        .extracting(p -> p.getBusinessKey()).containsOnly(bk);
    assertThat(sara.get("/engine-rest/task?processInstanceBusinessKey=" + bk).body()).isEqualTo("[]");
    for (AccessProbe start : starts) {
      assertThat(answers).filteredOn(a -> a.startsWith(start.toString())).singleElement()
          .satisfies(a -> assertThat(a).contains(" -> 403 "));
    }
  }

  @Test
  void shouldNotLetSouthReferAChildToTheNorthTeamFromTheStartForm() {
    // given: the RecordReferral start form filled in by sara, naming the North team's sector
    var sara = HttpProbe.local(port).as("sara", "demo");
    String toNorth = startForm("NORTH", "Forgedref");
    String toSouth = startForm("SOUTH", "Ownref");

    // when
    var refused = sara.postJson("/engine-rest/process-definition/key/ReferralPathway/submit-form", toNorth);
    var allowed = sara.postJson("/engine-rest/process-definition/key/ReferralPathway/submit-form", toSouth);

    // then: refused as POST /api/referrals refuses it, nothing started; her own sector's referral goes in
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("sector: you may not submit referrals for sector NORTH");
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("childName", "Forgedref Jones").count()).isZero();
    assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("childName", "Ownref Jones").list())
        .singleElement().satisfies(p -> assertThat(p.getBusinessKey()).startsWith("ISC-S-"));
  }

  /** The fields of the RecordReferral start form, as Tasklist submits them. */
  private static String startForm(String sector, String givenName) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("sector", sector);
    fields.put("childGivenName", givenName);
    fields.put("childFamilyName", "Jones");
    fields.put("childDateOfBirth", "2021-03-14");
    fields.put("childPostcode", "CF10 1AA");
    fields.put("parentName", "Rhian Jones");
    fields.put("parentPhone", "029 2000 0000");
    fields.put("referrerName", "Dr Owen Price");
    fields.put("referrerRole", "Health visitor");
    fields.put("referrerOrganisation", "Cardiff HV team");
    fields.put("referrerEmail", "owen.price@hv.example");
    fields.put("gpName", "Dr Sian Evans");
    fields.put("gpPractice", "Roath Surgery");
    fields.put("gpEmail", "gp@roath.example");
    fields.put("reason", "Speech delay and motor concerns at 2.5 year review.");
    fields.put("needCommunication", true);
    fields.put("needMotor", true);
    StringBuilder json = new StringBuilder("{\"variables\":{");
    fields.forEach((name, value) -> json.append('"').append(name).append("\":{\"value\":")
        .append(value instanceof String ? "\"" + value + "\"" : value).append("},"));
    json.setLength(json.length() - 1);
    return json.append("}}").toString();
  }
}
