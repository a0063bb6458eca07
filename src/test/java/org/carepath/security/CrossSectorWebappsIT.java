package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.security.AccessProbe.get;
import static org.carepath.security.AccessProbe.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.support.HttpProbe;
import org.carepath.support.ModelerDeployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps' own APIs as Tasklist and Cockpit call them (session cookie and CSRF token): sara,
 * signed in to Tasklist, finds nothing of a North case there nor in Cockpit's plugin API (which any
 * signed-in user may call); nina in Tasklist and lesley in Cockpit do. Without credentials everything
 * but health and the login pages answers 401; only administrators open Admin; process managers deploy
 * from Modeler, others may not. Engine REST and {@code /api}: {@link CrossSectorAccessIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSectorWebappsIT {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;

  NorthCase north;

  @BeforeAll
  void createNorthCase() {
    north = NorthCase.create(port, runtime, tasks, management);
  }

  @Test
  void shouldShowNothingOfANorthCaseInSouthsTasklistOrThroughCockpitsApi() {
    // given
    String bk = north.reference();
    String pi = north.pathwayId();
    String task = north.screeningTaskId();
    String iap = north.iapInstanceId();
    String definition = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId();
    Map<AccessProbe, String> probes = new LinkedHashMap<>();
    probes.put(get(ENGINE + "/task?processInstanceBusinessKey=" + bk), "tasklist:nina");
    probes.put(get(ENGINE + "/task/count?processInstanceBusinessKey=" + bk), "tasklist:nina");
    probes.put(post(ENGINE + "/task", "{\"processInstanceBusinessKey\":\"" + bk + "\"}"), "tasklist:nina");
    probes.put(get(ENGINE + "/task/" + task), "tasklist:nina");
    probes.put(get(ENGINE + "/task/" + task + "/form-variables"), "tasklist:nina");
    probes.put(get(ENGINE + "/task/" + task + "/variables"), "tasklist:nina");
    probes.put(get(ENGINE + "/task/" + task + "/comment"), "cockpit:lesley");
    probes.put(get(ENGINE + "/process-instance?businessKey=" + bk), "cockpit:lesley");
    probes.put(get(ENGINE + "/process-instance/" + pi + "/variables"), "cockpit:lesley");
    probes.put(get(ENGINE + "/process-instance/" + pi + "/activity-instances"), "cockpit:lesley");
    probes.put(get(ENGINE + "/history/process-instance?processInstanceBusinessKey=" + bk), "cockpit:lesley");
    probes.put(get(ENGINE + "/history/variable-instance?processInstanceId=" + pi), "cockpit:lesley");
    probes.put(get(ENGINE + "/history/task?processInstanceBusinessKey=" + bk), "cockpit:lesley");
    probes.put(get(ENGINE + "/history/activity-instance?processInstanceId=" + pi), "cockpit:lesley");
    probes.put(get(ENGINE + "/history/user-operation?processInstanceId=" + pi), "cockpit:lesley");
    probes.put(get(ENGINE + "/job?processInstanceId=" + iap), "cockpit:lesley");
    probes.put(get(ENGINE + "/incident?processInstanceId=" + iap), "cockpit:lesley");
    probes.put(post(COCKPIT + "/process-instance", "{\"processDefinitionId\":\"" + definition + "\",\"businessKey\":\"" + bk + "\"}"),
        "cockpit:lesley");
    probes.put(post(COCKPIT + "/process-instance/count", "{\"processDefinitionId\":\"" + definition + "\",\"businessKey\":\"" + bk + "\"}"),
        "cockpit:lesley");
    probes.put(get(COCKPIT + "/process-instance/" + pi + "/called-process-instances"), "cockpit:lesley");
    probes.put(post(COCKPIT + "/incident", "{\"processInstanceIdIn\":[\"" + iap + "\"]}"), "cockpit:lesley");
    probes.put(post(COCKPIT + "/incident/count", "{\"processInstanceIdIn\":[\"" + iap + "\"]}"), "cockpit:lesley");
    var sara = WebappSession.login(port, "tasklist", "sara");
    var controls = Map.of("tasklist:nina", WebappSession.login(port, "tasklist", "nina"),
        "cockpit:lesley", WebappSession.login(port, "cockpit", "lesley"));

    // when / then
    List<String> failures = new ArrayList<>();
    probes.forEach((probe, control) -> {
      try {
        probe.assertNothingLeaks(sara.send(probe), north);
        probe.assertFinds(controls.get(control).send(probe), north);
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
    });
    assertThat(failures).isEmpty();
    System.out.printf("CrossSectorWebappsIT: %d webapp reads refused or empty for sara, found by their controls%n",
        probes.size());
  }

  @Test
  void shouldShowNoNorthTaskThroughAnyOfSouthsTasklistFilters() throws Exception {
    // given
    var sara = WebappSession.login(port, "tasklist", "sara");
    var nina = WebappSession.login(port, "tasklist", "nina");

    // when: every filter each may read, listed as Tasklist lists it
    String saraLists = filterLists(sara);
    String ninaLists = filterLists(nina);

    // then
    assertThat(saraLists).doesNotContain(north.screeningTaskId(), north.iapTaskId(), NorthCase.CHILD_GIVEN,
        north.reasonToken());
    assertThat(ninaLists).contains(north.screeningTaskId());
  }

  @Test
  void shouldRefuseSouthAForgedStartThroughTasklistsApi() {
    var sara = WebappSession.login(port, "tasklist", "sara");
    String bk = north.reference();

    var answer = sara.send(post(ENGINE + "/process-definition/key/ReferralPathway/submit-form",
        "{\"businessKey\":\"" + bk + "\",\"variables\":{\"caseReference\":{\"value\":\"" + bk + "\"},"
            + "\"sectorTeam\":{\"value\":\"iscan-south\"},\"sector\":{\"value\":\"SOUTH\"}}}"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).processDefinitionKey("ReferralPathway")
        .count()).isEqualTo(1);
  }

  @Test
  void shouldAnswer401WithoutCredentialsEverywhereButHealthAndLogin() {
    var anonymous = HttpProbe.local(port);
    String cases = "/api/cases/" + north.reference();
    List<AccessProbe> probes = List.of(
        get(cases), get(cases + "/care-plan"), get(cases + "/care-plan/versions"),
        get(cases + "/care-plan/versions/1/pdf"), post(cases + "/events", "{}"), AccessProbe.put(cases + "/care-plan", "{}"),
        post(cases + "/care-plan/lead-agency", "{}"), post("/api/referrals", "{}"), get("/api/reports/feedback"),
        get("/engine-rest/task/" + north.screeningTaskId()), get("/engine-rest/task/" + north.screeningTaskId() + "/comment"),
        get("/engine-rest/process-instance/" + north.pathwayId() + "/variables"), get("/engine-rest/execution"),
        get("/engine-rest/history/variable-instance"), get("/engine-rest/history/detail"), get("/engine-rest/history/task"),
        get("/engine-rest/history/activity-instance"), get("/engine-rest/history/user-operation"), get("/engine-rest/job"),
        get("/engine-rest/incident"), get("/engine-rest/task/count"), post("/engine-rest/message", "{\"messageName\":\"x\"}"),
        post("/engine-rest/process-definition/key/ReferralPathway/start", "{}"), get("/engine-rest/deployment"),
        get(ENGINE + "/task"), get(ENGINE + "/history/process-instance"), get(COCKPIT + "/process-definition/statistics"),
        get(ENGINE + "/user"), get("/camunda/api/admin/plugin/adminPlugins/default/users"));

    List<String> answers = new ArrayList<>();
    for (AccessProbe probe : probes) {
      int status = probe.send(anonymous).statusCode();
      answers.add(probe + " -> " + status);
    }

    assertThat(answers).allSatisfy(a -> assertThat(a).endsWith("-> 401"));
    assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    System.out.printf("CrossSectorWebappsIT: %d unauthenticated calls answered 401%n", probes.size());
  }

  @Test
  void shouldLetOnlyAdministratorsIntoAdmin() {
    var nina = WebappSession.attempt(port, "admin", "nina");
    var lesley = WebappSession.attempt(port, "admin", "lesley");
    var max = WebappSession.attempt(port, "admin", "max");
    var demo = WebappSession.attempt(port, "admin", "demo");
    var ninaInTasklist = WebappSession.login(port, "tasklist", "nina");

    assertThat(List.of(nina.loginStatus(), lesley.loginStatus(), max.loginStatus())).allSatisfy(s -> assertThat(s).isIn(401, 403));
    assertThat(ninaInTasklist.open("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
    assertThat(demo.loginStatus()).isEqualTo(200);
  }

  @Test
  void shouldLetOnlyAdministratorsDeployStraightToTheEngine() throws Exception {
    // process managers deploy through carepath (POST /api/models/deploy, ModelDeployIT), checked first;
    // and only administrators delete a deployment (ModelDeploymentIT: never with its cases)
    String name = "cross-sector-probe-" + UUID.randomUUID();

    var byNina = deploy("nina", name);
    var byLesley = deploy("lesley", name);
    var bySara = deploy("sara", name);
    var byMax = deploy("max", name);
    var byAdministrator = deploy("demo", name);

    assertThat(List.of(byNina.statusCode(), byLesley.statusCode(), bySara.statusCode(), byMax.statusCode())).containsOnly(403);
    assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(200);
    String id = new ObjectMapper().readTree(byAdministrator.body()).get("id").asText();
    var byMaxRemoved = HttpProbe.local(port).as("max", "demo")
        .send(HttpProbe.local(port).as("max", "demo").request("/engine-rest/deployment/" + id + "?cascade=true").DELETE());
    assertThat(byMaxRemoved.statusCode()).isEqualTo(403);
    var removed = HttpProbe.local(port).as("demo", "demo")
        .send(HttpProbe.local(port).as("demo", "demo").request("/engine-rest/deployment/" + id + "?cascade=true").DELETE());
    assertThat(removed.statusCode()).isEqualTo(204);
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  private java.net.http.HttpResponse<String> deploy(String user, String name) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_CrossSectorProbe"
            targetNamespace="http://carepath.example/probe">
          <bpmn:process id="CrossSectorProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_ProbeStarted" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    return ModelerDeployment.deploy(HttpProbe.local(port).as(user, "demo"), name, "CrossSectorProbe.bpmn", bpmn);
  }

  private String filterLists(WebappSession session) throws Exception {
    var filters = new ObjectMapper().readTree(session.send(get(ENGINE + "/filter?resourceType=Task")).body());
    StringBuilder lists = new StringBuilder();
    for (var filter : filters) {
      var list = session.send(post(ENGINE + "/filter/" + filter.get("id").asText() + "/list?maxResults=1000", "{}"));
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      lists.append(list.body());
    }
    return lists.toString();
  }
}
