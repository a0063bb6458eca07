package org.carepath.modelchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carepath.support.HttpProbe;
import org.carepath.support.ModelCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code POST /api/models/check}: a process manager sees what a changed model would do to the running
 * cases before anything is deployed, and Camunda's own migration then does exactly that. Each test uses
 * a process key of its own, so the pathways of other tests are never touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ModelChangeIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void shouldShowWhichRunningCasesANewVersionWouldMoveAndWhichNotAsCamundasMigrationThenDoes() throws Exception {
    // given version 1 (ask, then check, then wait five days) with a case at each step
    String key = key();
    repository.createDeployment().name(key).addString(key + ".bpmn", version1(key)).deploy();
    ProcessInstance asking = start(key, key + "-ASK");
    ProcessInstance checking = start(key, key + "-CHECK");
    complete(checking, "Activity_Ask");
    ProcessInstance waiting = start(key, key + "-WAIT");
    complete(waiting, "Activity_Ask");
    complete(waiting, "Activity_Check");

    // when an administrator checks version 2: no check any more, ten days' wait, then a follow-up
    var response = check(as("demo"), key + ".bpmn", version2(key));

    // then nothing is deployed, and the report says what a deployment would do
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("deployable").asBoolean()).isTrue();
    assertThat(report.get("problems")).isEmpty();
    JsonNode process = report.get("processes").get(0);
    assertThat(process.get("key").asText()).isEqualTo(key);
    assertThat(process.get("deployedVersion").asInt()).isOne();
    assertThat(texts(process.get("removed"))).containsExactly("Check the answers (Activity_Check)");
    assertThat(texts(process.get("added"))).containsExactly("Follow up (Activity_FollowUp)");
    assertThat(process.get("timerRules").get(0).get("before").asText()).isEqualTo("timeDuration P5D");
    assertThat(process.get("timerRules").get(0).get("after").asText()).isEqualTo("timeDuration P10D");
    JsonNode running = process.get("running").get(0);
    assertThat(running.get("instances").asLong()).isEqualTo(3);
    assertThat(running.get("migratable").asLong()).isEqualTo(2);
    assertThat(running.get("notMigratable").asLong()).isOne();
    assertThat(running.get("blocked").get(0).get("reason").asText())
        .isEqualTo("Check the answers (Activity_Check) is not in the new version");
    assertThat(texts(running.get("blockedCases"))).containsExactly(key + "-CHECK");
    assertThat(running.get("openTasks").toString()).contains(
        "{\"step\":\"Ask the family (Activity_Ask)\",\"open\":1,\"carriedOver\":true}",
        "{\"step\":\"Check the answers (Activity_Check)\",\"open\":1,\"carriedOver\":false}");
    assertThat(running.get("timers").toString())
        .contains("{\"step\":\"Wait five days (Activity_Wait)\",\"waiting\":1,\"ruleChanged\":true,\"inNewVersion\":true}");

    // and a process manager, who reads no cases, sees the same report with no case named and every
    // count below five suppressed
    JsonNode managers = JSON.readTree(check(as("max"), key + ".bpmn", version2(key)).body()).get("processes").get(0);
    JsonNode managersRunning = managers.get("running").get(0);
    assertThat(texts(managers.get("removed"))).containsExactly("Check the answers (Activity_Check)");
    assertThat(managersRunning.get("instances").isNull()).isTrue();
    assertThat(managersRunning.get("notMigratable").isNull()).isTrue();
    assertThat(managersRunning.get("blockedCases")).isEmpty();
    assertThat(managersRunning.get("blocked").get(0).get("reason").asText()).endsWith("is not in the new version");
    assertThat(managersRunning.get("blocked").get(0).get("instances").isNull()).isTrue();

    // and Camunda's migration by equal ids, once version 2 is deployed, agrees case by case
    repository.createDeployment().name(key + "-2").addString(key + ".bpmn", version2(key)).deploy();
    MigrationPlan plan = runtime.createMigrationPlan(asking.getProcessDefinitionId(),
            repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId())
        .mapEqualActivities().updateEventTriggers().build();
    runtime.newMigration(plan).processInstanceIds(asking.getId(), waiting.getId()).execute();
    assertThatThrownBy(() -> runtime.newMigration(plan).processInstanceIds(checking.getId()).execute())
        .isInstanceOf(MigratingProcessInstanceValidationException.class);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(plan.getTargetProcessDefinitionId()).count()).isEqualTo(2);
  }

  @Test
  void shouldReportWhatADeploymentWouldRefuseNamingEveryElement() throws Exception {
    String key = key();
    String dangerous = definitions(key, """
        <bpmn:startEvent id="Event_Started" />
        <bpmn:serviceTask id="Activity_RunCommand" camunda:expression="${''.getClass().forName('java.lang.Runtime')}" />
        <bpmn:scriptTask id="Activity_Script" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
        <bpmn:serviceTask id="Activity_Class" camunda:class="org.carepath.Anything" />
        """);

    var response = check(as("max"), key + ".bpmn", dangerous);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("deployable").asBoolean()).isFalse();
    assertThat(report.get("problems").toString()).contains("\"element\":\"element 'Activity_RunCommand'\"",
        "\"element\":\"element 'Activity_Script'\"", "script tasks are not allowed",
        "Java classes (camunda:class) are not allowed");
  }

  @Test
  void shouldSayWhatOnlyAnAdministratorMayDeployAndLetTheAdministratorThrough() throws Exception {
    // given version 1 deployed; version 2 gives the check to another team
    String key = key();
    repository.createDeployment().name(key).addString(key + ".bpmn", version1(key)).deploy();
    String otherTeam = version1(key).replace("camunda:candidateGroups=\"iscan-north\" name=\"Check the answers\"",
        "camunda:candidateGroups=\"iscan-south\" name=\"Check the answers\"");

    JsonNode manager = JSON.readTree(check(as("max"), key + ".bpmn", otherTeam).body());
    JsonNode administrator = JSON.readTree(check(as("demo"), key + ".bpmn", otherTeam).body());

    assertThat(manager.get("deployable").asBoolean()).isFalse();
    assertThat(manager.get("needsAdministrator").toString()).contains("Activity_Check", "iscan-south");
    assertThat(administrator.get("deployable").asBoolean()).isTrue();
  }

  @Test
  void shouldWarnThatAFormWithoutItsProcessChangesNothing() throws Exception {
    var response = check(as("max"), "PlanMeeting.form", new String(
        getClass().getResourceAsStream("/forms/PlanMeeting.form").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("forms").get(0).asText())
        .startsWith("PlanMeeting (PlanMeeting.form): no process among these files shows it");
  }

  @Test
  void shouldRefuseOthersAndBadRequestsPlainly() {
    String key = key();
    assertThat(check(as("nina"), key + ".bpmn", version1(key)).statusCode()).as("a care co-ordinator").isEqualTo(403);
    assertThat(check(as("lesley"), key + ".bpmn", version1(key)).statusCode()).as("a service lead").isEqualTo(403);
    assertThat(check(HttpProbe.local(port), key + ".bpmn", version1(key)).statusCode()).isEqualTo(401);
    var notAModel = check(as("max"), "notes.txt", "hello");
    assertThat(notAModel.statusCode()).isEqualTo(400);
    assertThat(notAModel.body()).contains("files", "'notes.txt' is not a model file");
    var twice = check(as("max"), key + ".bpmn", version1(key), key + ".bpmn", version1(key));
    assertThat(twice.body()).contains("is sent twice");
    var json = as("max").postJson("/api/models/check", "{}");
    assertThat(json.statusCode()).isEqualTo(415);
    assertThat(json.body()).contains("Send multipart/form-data");
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }

  private static HttpResponse<String> check(HttpProbe probe, String... files) {
    return ModelCheck.send(probe, files);
  }

  private ProcessInstance start(String key, String reference) {
    return runtime.startProcessInstanceByKey(key, reference);
  }

  private void complete(ProcessInstance instance, String step) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step).singleResult().getId());
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static String key() {
    return "ModelChange" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static String version1(String key) {
    return definitions(key, """
        <bpmn:startEvent id="Event_Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Activity_Ask" camunda:candidateGroups="iscan-north" name="Ask the family"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
        <bpmn:userTask id="Activity_Check" camunda:candidateGroups="iscan-north" name="Check the answers"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>
        <bpmn:intermediateCatchEvent id="Activity_Wait" name="Wait five days"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing>
          <bpmn:timerEventDefinition id="Timer_Wait"><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="Event_Done"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Started" targetRef="Activity_Ask" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Ask" targetRef="Activity_Check" />
        <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Check" targetRef="Activity_Wait" />
        <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_Wait" targetRef="Event_Done" />
        """);
  }

  static String version2(String key) {
    return definitions(key, """
        <bpmn:startEvent id="Event_Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Activity_Ask" camunda:candidateGroups="iscan-north" name="Ask the family"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
        <bpmn:intermediateCatchEvent id="Activity_Wait" name="Wait ten days"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>
          <bpmn:timerEventDefinition id="Timer_Wait"><bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="Activity_FollowUp" camunda:candidateGroups="iscan-north" name="Follow up"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing></bpmn:userTask>
        <bpmn:endEvent id="Event_Done"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Started" targetRef="Activity_Ask" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Ask" targetRef="Activity_Wait" />
        <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Wait" targetRef="Activity_FollowUp" />
        <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_FollowUp" targetRef="Event_Done" />
        """);
  }

  static String definitions(String key, String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="Definitions_%1$s" targetNamespace="http://carepath.example/probe">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            %2$s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, elements);
  }
}
