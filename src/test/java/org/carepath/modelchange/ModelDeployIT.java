package org.carepath.modelchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carepath.support.HttpProbe;
import org.carepath.support.ModelCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code POST /api/models/deploy} and {@code /api/models/{key}/migrate}: a process manager deploys a
 * checked change, the cases that can move are moved by Camunda's migration in a batch, the others stay,
 * and the way back moves them again. Each test uses a process key of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ModelDeployIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void shouldDeployMoveTheCasesThatCanMoveAndGoBackAgain() throws Exception {
    // given version 1 with a case asking, one checking and one waiting five days
    String key = key();
    repository.createDeployment().name(key).addString(key + ".bpmn", ModelChangeIT.version1(key)).deploy();
    ProcessInstance asking = runtime.startProcessInstanceByKey(key, key + "-ASK");
    ProcessInstance checking = runtime.startProcessInstanceByKey(key, key + "-CHECK");
    complete(checking, "Activity_Ask");
    ProcessInstance waiting = runtime.startProcessInstanceByKey(key, key + "-WAIT");
    complete(waiting, "Activity_Ask");
    complete(waiting, "Activity_Check");

    // when max deploys version 2 (no check, ten days' wait) and asks for the cases to move
    var response = deploy(as("max"), true, key + ".bpmn", ModelChangeIT.version2(key));

    // then version 2 is deployed, two cases move in a batch, the one at the removed check stays
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode deployed = JSON.readTree(response.body());
    assertThat(deployed.get("versions").get(0).asText()).isEqualTo(key + " version 2");
    JsonNode moved = deployed.get("moved").get(0);
    assertThat(moved.get("fromVersion").asInt()).isOne();
    assertThat(moved.get("moving").isNull()).as("a process manager counts no cases below five").isTrue();
    assertThat(moved.get("staying").isNull()).isTrue();
    assertThat(moved.get("batchId").asText()).isNotBlank();
    assertThat(deployed.get("wayBack").get(0).asText()).startsWith("POST /api/models/" + key + "/migrate?from=2&to=1");
    await().atMost(Duration.ofSeconds(30)).until(() -> onVersion(key, 2) == 2);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(checking.getId()).singleResult().getProcessDefinitionId())
        .as("the case at the removed step stays on version 1").isEqualTo(asking.getProcessDefinitionId());
    // the wait's rule changed (five days to ten): its timer is set again by the new rule
    assertThat(timerOf(waiting)).isAfter(Instant.now().plus(Duration.ofDays(9)));

    // when the manager goes back
    var back = as("max").send(as("max").request("/api/models/" + key + "/migrate?from=2&to=1")
        .POST(HttpRequest.BodyPublishers.noBody()));

    // then both cases return to version 1, the wait again by its five-day rule
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(JSON.readTree(back.body()).get("toVersion").asInt()).isOne();
    await().atMost(Duration.ofSeconds(30)).until(() -> onVersion(key, 1) == 3);
    assertThat(timerOf(waiting)).isBefore(Instant.now().plus(Duration.ofDays(6)));
  }

  @Test
  void shouldNotLetAProcessManagerMoveCasesToAVersionWithOtherRecipients() throws Exception {
    // given version 1, and a version 2 an administrator deployed that gives the check to another team
    String key = key();
    repository.createDeployment().name(key).addString(key + ".bpmn", ModelChangeIT.version1(key)).deploy();
    runtime.startProcessInstanceByKey(key, key + "-ASK");
    String otherTeam = ModelChangeIT.version1(key).replace("camunda:candidateGroups=\"iscan-north\" name=\"Check the answers\"",
        "camunda:candidateGroups=\"iscan-south\" name=\"Check the answers\"");
    var byAdministrator = ModelCheck.deploy(as("demo"), false, key + ".bpmn", otherTeam);
    assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(200);

    // when max moves the cases to it, then they stay; the administrator moves them, with the counts
    var byManager = migrate(as("max"), key, 1, 2);
    assertThat(byManager.statusCode()).isEqualTo(403);
    assertThat(byManager.body()).contains("only an administrator may move these cases", "Activity_Check");
    assertThat(onVersion(key, 1)).isOne();
    var moved = migrate(as("demo"), key, 1, 2);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(JSON.readTree(moved.body()).get("moving").asLong()).isOne();
    await().atMost(Duration.ofSeconds(30)).until(() -> onVersion(key, 2) == 1);
  }

  @Test
  void shouldDeployTheFormsTheProcessShowsFromItsDeployedVersionWhenTheyAreNotSent() throws Exception {
    // given version 1 deployed with its form
    String key = key();
    String form = new String(getClass().getResourceAsStream("/forms/PlanMeeting.form").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    repository.createDeployment().name(key).addString(key + ".bpmn", withForm(key, "Ask the family"))
        .addString("PlanMeeting.form", form).deploy();

    // when max sends version 2 alone, without migrating
    var response = deploy(as("max"), false, key + ".bpmn", withForm(key, "Ask the family again"));

    // then the form comes along from version 1, so its task still shows it
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode deployed = JSON.readTree(response.body());
    assertThat(deployed.get("formsAddedFromDeployedVersion").get(0).asText()).isEqualTo("PlanMeeting.form");
    assertThat(deployed.get("moved")).isEmpty();
    assertThat(repository.getDeploymentResources(deployed.get("deploymentId").asText()))
        .extracting(r -> r.getName()).contains("PlanMeeting.form", key + ".bpmn");
  }

  @Test
  void shouldRefuseAChangeTheCheckRefusesAndDeployNothing() throws Exception {
    String key = key();
    var response = deploy(as("max"), true, key + ".bpmn", ModelChangeIT.definitions(key,
        "<bpmn:scriptTask id=\"Activity_Script\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("problems").toString()).contains("Activity_Script", "script tasks are not allowed");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
  }

  @Test
  void shouldRefuseOthersAndNameWhatIsWrong() {
    String key = key();
    repository.createDeployment().name(key).addString(key + ".bpmn", ModelChangeIT.version1(key)).deploy();
    assertThat(deploy(as("nina"), true, key + ".bpmn", ModelChangeIT.version2(key)).statusCode()).isEqualTo(403);
    assertThat(deploy(as("lesley"), true, key + ".bpmn", ModelChangeIT.version2(key)).statusCode()).isEqualTo(403);
    assertThat(migrate(as("nina"), key, 1, 1).statusCode()).isEqualTo(403);
    assertThat(migrate(as("max"), key, 1, 1).body()).contains("another version than from");
    var unknown = migrate(as("max"), key, 1, 7);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No version 7 of process " + key);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).as("nothing deployed").isOne();
  }

  private long onVersion(String key, int version) {
    String id = repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
        .singleResult().getId();
    return runtime.createProcessInstanceQuery().processDefinitionId(id).count();
  }

  private Instant timerOf(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate().toInstant();
  }

  private void complete(ProcessInstance instance, String step) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step).singleResult().getId());
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }

  private static HttpResponse<String> migrate(HttpProbe probe, String key, int from, int to) {
    return probe.send(probe.request("/api/models/" + key + "/migrate?from=" + from + "&to=" + to)
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static HttpResponse<String> deploy(HttpProbe probe, boolean migrate, String... files) {
    return ModelCheck.deploy(probe, migrate, files);
  }

  private static String withForm(String key, String name) {
    return ModelChangeIT.definitions(key, """
        <bpmn:startEvent id="Event_Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Activity_Ask" camunda:candidateGroups="iscan-north" name="%s" camunda:formRef="PlanMeeting" camunda:formRefBinding="deployment"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
        <bpmn:endEvent id="Event_Done"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Started" targetRef="Activity_Ask" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Ask" targetRef="Event_Done" />
        """.formatted(name));
  }

  private static String key() {
    return "ModelDeploy" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
