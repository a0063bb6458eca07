package org.carepath.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.carepath.support.HttpProbe;
import org.carepath.support.ModelerDeployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deploying as Camunda Modeler does ({@code POST /engine-rest/deployment/create}): a process manager
 * deploys a changed flow, but no model that runs code, takes tasks to other people or deletes cases.
 * Each test uses a process key of its own, so the pathways of other tests are never touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ModelDeploymentIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void shouldRefuseAModelThatRunsCodeWithAMessageNamingTheElementAndTheRule() {
    // given the attack of the finding: a timer start and a service task reaching the engine and Runtime
    String key = key();
    String dangerous = process(key, """
        <bpmn:startEvent id="Event_Tick"><bpmn:timerEventDefinition id="Timer_Tick"><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:serviceTask id="Activity_CopyEverything" camunda:expression="${execution.getProcessEngineServices().getIdentityService()}" />
        <bpmn:serviceTask id="Activity_RunCommand" camunda:expression="${''.getClass().forName('java.lang.Runtime')}" />
        <bpmn:scriptTask id="Activity_Script" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
        <bpmn:serviceTask id="Activity_Class" camunda:class="org.carepath.Anything" />
        """);

    // when an administrator deploys it as Modeler does (a process manager may not deploy to the engine at all)
    var response = ModelerDeployment.deploy(as("demo"), "dangerous-" + key, key + ".bpmn", dangerous);

    // then
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(
        "element 'Activity_CopyEverything': calls getProcessEngineServices() of 'execution', which is not a carepath bean",
        "element 'Activity_RunCommand': calls getClass() of a text value",
        "element 'Activity_Script': script tasks are not allowed",
        "element 'Activity_Class': Java classes (camunda:class) are not allowed");
    assertThat(repository.createDeploymentQuery().deploymentName("dangerous-" + key).count()).isZero();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
  }

  @Test
  void shouldRefuseTheDangerousModelFromAnAdministratorToo() {
    // given
    String key = key();
    String dangerous = process(key, "<bpmn:serviceTask id=\"Activity_Beans\" camunda:expression=\"${jdbcTemplate.queryForList('select 1')}\" />");

    // when
    var response = ModelerDeployment.deploy(as("demo"), "admin-dangerous-" + key, key + ".bpmn", dangerous);

    // then
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("element 'Activity_Beans': calls queryForList() of 'jdbcTemplate'");
  }

  @Test
  void shouldResolveOnlyCarepathsModelBeansInExpressions() {
    // when
    var beans = configuration.getExpressionManager() instanceof org.camunda.bpm.engine.impl.el.JuelExpressionManager
        ? configuration.getBeans() : null;

    // then
    assertThat(beans).isInstanceOf(ModelBeans.class);
    assertThat(beans).containsKeys("sendNotificationDelegate", "iscanCalendar", "carePlanFormListener");
    assertThat(beans.containsKey("jdbcTemplate")).isFalse();
    assertThat(beans.containsKey("dataSource")).isFalse();
    assertThat(beans.containsKey("processEngine")).isFalse();
    assertThat(beans.containsKey("runtimeService")).isFalse();
    assertThat(beans.containsKey("identitySetup")).isFalse();
  }

  @Test
  void shouldLetAProcessManagerChangeTheFlowButNotWhoReceivesTasks() {
    // given a process an administrator deployed, with a task for the sector team
    String key = key();
    String original = process(key, userTask("Activity_Check", "Check the referral", "${sectorTeam}"));
    assertThat(ModelerDeployment.deploy(as("demo"), key, key + ".bpmn", original).statusCode()).isEqualTo(200);

    // when max renames the task, adds a step for the same team, then gives the task to his own group
    var renamed = managerDeploys(key,
        process(key, userTask("Activity_Check", "Check the referral carefully", "${sectorTeam}")
            + userTask("Activity_Confirm", "Confirm the referral", "${sectorTeam}")));
    var taken = managerDeploys(key,
        process(key, userTask("Activity_Check", "Check the referral", "${sectorTeam},process-managers")));
    var newRecipient = managerDeploys(key,
        process(key, userTask("Activity_Check", "Check the referral", "${sectorTeam}")
            + userTask("Activity_Watch", "Watch", "process-managers")));
    var byAdministrator = ModelerDeployment.deploy(as("demo"), key, key + ".bpmn",
        process(key, userTask("Activity_Check", "Check the referral", "${sectorTeam},service-leads")));

    // then (straight to the engine, as Modeler deploys, he may not deploy at all)
    assertThat(ModelerDeployment.deploy(as("max"), key, key + ".bpmn", original).statusCode()).isEqualTo(403);
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(400);
    assertThat(taken.body()).contains("\"needsAdministrator\"",
        "element 'Activity_Check' of '" + key + "' changes from assignee [], candidateGroups [${sectorTeam}]");
    assertThat(newRecipient.statusCode()).as(newRecipient.body()).isEqualTo(400);
    assertThat(newRecipient.body()).contains("element 'Activity_Watch' of '" + key + "' is new with");
    assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(3);
  }

  @Test
  void shouldSeeThroughDisguisedChangesOfWhoReceivesATask() {
    // given a process an administrator deployed
    String key = key();
    String original = userTask("Activity_Check", "Check the referral", "${sectorTeam}");
    assertThat(ModelerDeployment.deploy(as("demo"), key, key + ".bpmn", process(key, original)).statusCode()).isEqualTo(200);

    // when max tries the three disguises the review found
    var olderNamespace = managerDeploys(key, process(key,
        "<bpmn:userTask id=\"Activity_Check\" name=\"Check the referral\" camunda:candidateGroups=\"${sectorTeam}\" "
            + "activiti:assignee=\"max\" />"));
    var decoy = managerDeploys(key, process(key,
        userTask("Activity_Check", "Check the referral", "process-managers")
            + "<bpmn:manualTask id=\"Activity_Note\"><bpmn:extensionElements><x:userTask xmlns:x=\"urn:decoy\" "
            + "id=\"Activity_Check\" camunda:candidateGroups=\"${sectorTeam}\" /></bpmn:extensionElements></bpmn:manualTask>"));
    var sameTextOtherValue = managerDeploys(key, process(key,
        "<bpmn:userTask id=\"Activity_Check\" name=\"Check the referral\" camunda:candidateGroups=\"${sectorTeam}\">"
            + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"sectorTeam\">iscan-south"
            + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>"));

    var newValueSameTarget = managerDeploys(key, process(key,
        original + "<bpmn:callActivity id=\"Activity_Sub\" calledElement=\"" + key + "\"><bpmn:extensionElements>"
            + "<camunda:in sourceExpression=\"${'iscan-south'}\" target=\"sectorTeam\" /></bpmn:extensionElements>"
            + "</bpmn:callActivity>"));

    // then each is refused, naming what it changes
    assertThat(olderNamespace.statusCode()).as(olderNamespace.body()).isEqualTo(400);
    assertThat(olderNamespace.body()).contains("element 'Activity_Check' of '" + key + "' changes");
    assertThat(decoy.statusCode()).as(decoy.body()).isIn(400, 403);
    assertThat(decoy.body()).contains("Activity_Check");
    assertThat(sameTextOtherValue.statusCode()).as(sameTextOtherValue.body()).isEqualTo(400);
    assertThat(sameTextOtherValue.body()).contains("'Activity_Check inputParameter", "-> sectorTeam' sets a variable that decides who receives tasks");
    assertThat(newValueSameTarget.statusCode()).as(newValueSameTarget.body()).isEqualTo(400);
    assertThat(newValueSameTarget.body()).contains("Activity_Sub in", "sets a variable that decides who receives tasks");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
  }

  @Test
  void shouldNotLetAProcessManagerHandAnAdultsCaseToAnotherTeam() {
    // given a hand-over step an administrator deployed
    String key = key();
    String step = "<bpmn:serviceTask id=\"Activity_HandToSafeguarding\" camunda:delegateExpression=\"${handCaseOverDelegate}\">"
        + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"holder\">%s</camunda:inputParameter>"
        + "</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>";
    assertThat(ModelerDeployment.deploy(as("demo"), key, key + ".bpmn",
        process(key, step.formatted("adult-safeguarding"))).statusCode()).isEqualTo(200);

    // when max hands the enquiry to a team of his choosing, or sets a contact's team on the way
    var redirected = managerDeploys(key, process(key, step.formatted("cst-blyth")));
    var retargeted = managerDeploys(key, process(key, step.formatted("adult-safeguarding")
        + "<bpmn:serviceTask id=\"Activity_Route\" camunda:delegateExpression=\"${handCaseOverDelegate}\">"
        + "<bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name=\"team\">blyth</camunda:outputParameter>"
        + "</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>"));
    var unchanged = managerDeploys(key, process(key, step.formatted("adult-safeguarding")));

    // then
    assertThat(redirected.statusCode()).as(redirected.body()).isEqualTo(400);
    assertThat(redirected.body()).contains("-> holder' sets a variable that decides who receives tasks");
    assertThat(retargeted.statusCode()).as(retargeted.body()).isEqualTo(400);
    assertThat(retargeted.body()).contains("-> team' sets a variable");
    assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(200);
  }

  @Test
  void shouldRefuseParkingAValueUnderABeansName() {
    // the chain of the review: a Class stored as 'iapServices', then forName and newInstance called on it
    String key = key();
    var response = ModelerDeployment.deploy(as("demo"), key, key + ".bpmn", process(key,
        "<bpmn:serviceTask id=\"Activity_Park\" camunda:expression=\"${closeCaseDelegate.getClass()}\" "
            + "camunda:resultVariable=\"iapServices\" />"
            + "<bpmn:serviceTask id=\"Activity_Load\" camunda:expression=\"${iapServices.forName('org.h2.jdbcx.JdbcDataSource')}\" />"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(
        "element 'Activity_Park': calls getClass() of 'closeCaseDelegate', which carepath's bean does not offer to models",
        "element 'Activity_Park': a variable may not take the name 'iapServices'",
        "element 'Activity_Load': calls forName() of 'iapServices', which carepath's bean does not offer to models");
  }

  @Test
  void shouldNotLetAProcessManagerDeployForATenantOrShortenTheHistory() {
    // given a process an administrator deployed, keeping its history 180 days
    String key = key();
    String kept = process(key, "").replace("P1D", "P180D");
    assertThat(ModelerDeployment.deploy(as("demo"), key, key + ".bpmn", kept).statusCode()).isEqualTo(200);

    // when max deploys a copy under a tenant (it stopped every referral), or keeps the history a day
    var probe = as("max");
    String boundary = "----carepath" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tenant-id\"\r\n\r\nevil\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + ".bpmn\"; filename=\"" + key
        + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + kept + "\r\n--" + boundary + "--\r\n";
    var tenant = probe.send(probe.request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    var shorter = managerDeploys(key, process(key, ""));

    // then both are refused: the engine takes no deployment from him at all, carepath no shorter history
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(403);
    assertThat(repository.createProcessDefinitionQuery().tenantIdIn("evil").count()).isZero();
    assertThat(shorter.statusCode()).as(shorter.body()).isEqualTo(400);
    assertThat(shorter.body()).contains("keeps its history P1D instead of P180D");
  }

  @Test
  void shouldNotLetAProcessManagerDeployANewProcessWithTasks() {
    // given
    String key = key();

    // when
    var response = managerDeploys(key,
        process(key, userTask("Activity_Collect", "Collect", "process-managers")));

    // then
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("process '" + key + "' is new and has user tasks [Activity_Collect]");
  }

  @Test
  void shouldNeverDeleteADeploymentWithItsCases() throws Exception {
    // given a deployment with a running instance, and one without any
    String key = key();
    var deployed = ModelerDeployment.deploy(as("demo"), key, key + ".bpmn",
        process(key, userTask("Activity_Check", "Check", "${sectorTeam}")
            + "<bpmn:sequenceFlow id=\"Flow_ToCheck\" sourceRef=\"Event_Started\" targetRef=\"Activity_Check\" />"));
    String id = new ObjectMapper().readTree(deployed.body()).get("id").asText();
    runtime.startProcessInstanceByKey(key, "ISC-N-2026-99999", java.util.Map.of("sectorTeam", "iscan-north"));
    String emptyKey = key();
    var empty = ModelerDeployment.deploy(as("demo"), emptyKey, emptyKey + ".bpmn", process(emptyKey, ""));
    String emptyId = new ObjectMapper().readTree(empty.body()).get("id").asText();

    // when
    var byMax = delete(as("max"), id);
    var byAdministrator = delete(as("demo"), id);
    var emptyByAdministrator = delete(as("demo"), emptyId);

    // then
    assertThat(byMax.statusCode()).isEqualTo(403);
    assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(400);
    assertThat(byAdministrator.body()).contains("has process instances of cases (1, running or finished): it is not deleted with them");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isOne();
    assertThat(repository.createDeploymentQuery().deploymentId(id).count()).isOne();
    assertThat(emptyByAdministrator.statusCode()).isEqualTo(204);
  }

  private HttpResponse<String> delete(HttpProbe probe, String deploymentId) {
    return probe.send(probe.request("/engine-rest/deployment/" + deploymentId + "?cascade=true").DELETE());
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }

  /** A process manager deploys as carepath lets him: checked first, through {@code POST /api/models/deploy}. */
  private java.net.http.HttpResponse<String> managerDeploys(String key, String bpmn) {
    return org.carepath.support.ModelCheck.deploy(as("max"), key + ".bpmn", bpmn);
  }

  private static String key() {
    return "DeploymentProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static String userTask(String id, String name, String candidateGroups) {
    return "<bpmn:userTask id=\"" + id + "\" name=\"" + name + "\" camunda:candidateGroups=\"" + candidateGroups + "\" />";
  }

  private static String process(String key, String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
            id="Definitions_%1$s" targetNamespace="http://carepath.example/probe">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Started" />
            %2$s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, elements);
  }
}
