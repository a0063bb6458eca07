package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SecurityIT {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired ProcessEngineConfiguration engineConfiguration;

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/me", "/api/cases/ISC-N-1", "/engine-rest/task", "/engine-rest/process-instance",
      "/engine-rest/history/process-instance", "/engine-rest/deployment", "/engine-rest/user",
      "/engine-rest/engine/default/task", "/camunda/api/engine/engine/default/task",
      "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
      "/camunda/api/admin/auth/user/default", "/actuator/env", "/actuator/metrics"})
  void shouldRefuseEveryCallWithoutCredentials(String path) {
    // when
    int status = HttpProbe.local(port).get(path).statusCode();

    // then
    assertThat(status).as(path).isIn(401, 403, 404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/health", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/"})
  void shouldServeHealthAndLoginPagesWithoutCredentials(String path) {
    assertThat(HttpProbe.local(port).get(path).statusCode()).as(path).isEqualTo(200);
  }

  @Test
  void shouldRefuseAWrongPassword() {
    // "sam" is used by no other test: a failed login locks the user for a while.
    var response = HttpProbe.local(port).as("sam", "not-the-password").get("/api/me");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void shouldTellAnIntegratorWhoItIs() {
    var response = HttpProbe.local(port).as("nina", "demo").get("/api/me");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"userId\":\"nina\"").contains("iscan-north");
  }

  @Test
  void shouldRefuseExpressionsInAdhocTaskQueriesIncludingOrQueries() {
    var nina = HttpProbe.local(port).as("nina", "demo");

    var topLevel = nina.postJson("/engine-rest/task", "{\"assigneeExpression\":\"${'canary'}\"}");
    var insideOr = nina.postJson("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"${'canary'}\"}]}");
    var countInsideOr = nina.postJson("/engine-rest/task/count", "{\"orQueries\":[{\"candidateUserExpression\":\"${'canary'}\"}]}");
    var plainOr = nina.postJson("/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"nina\"}]}");

    assertThat(List.of(topLevel, insideOr, countInsideOr)).allSatisfy(r -> {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("Expressions are forbidden");
    });
    assertThat(plainOr.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldCloseAdminSetupEvenWithAValidCsrfToken() {
    // given: an anonymous visitor with the CSRF token any webapp page hands out
    var anonymous = HttpProbe.local(port);
    var page = anonymous.get("/camunda/app/admin/default/");
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"I\",\"email\":\"i@x.org\"},"
        + "\"credentials\":{\"password\":\"intruder-password-1\"}}";

    // when
    var direct = anonymous.postJson("/camunda/api/admin/setup/default/user/create", body, "X-XSRF-TOKEN", token);
    var dotted = anonymous.postJson("/camunda/api/admin/x/../setup/default/user/create", body, "X-XSRF-TOKEN", token);

    // then
    assertThat(direct.statusCode()).isEqualTo(403);
    assertThat(dotted.statusCode()).isEqualTo(403);
    var admin = HttpProbe.local(port).as("demo", "demo").get("/engine-rest/user?id=intruder");
    assertThat(admin.body()).isEqualTo("[]");
  }

  @Test
  void shouldShowATaskOnlyToItsSectorTeam() {
    // given: a task for the North team
    var task = taskService.newTask();
    task.setName("North only");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "iscan-north");

    // when
    var byNorth = HttpProbe.local(port).as("noah", "demo").get("/engine-rest/task?name=North%20only");
    var bySouth = HttpProbe.local(port).as("sara", "demo").get("/engine-rest/task?name=North%20only");
    var southCount = HttpProbe.local(port).as("sara", "demo").get("/engine-rest/task/" + task.getId());

    // then
    assertThat(byNorth.body()).contains(task.getId());
    assertThat(bySouth.body()).isEqualTo("[]");
    assertThat(southCount.statusCode()).isIn(403, 404);
    taskService.deleteTask(task.getId(), true);
  }

  @Test
  void shouldNeverDeserializeJavaObjects() {
    var configuration = (ProcessEngineConfigurationImpl) engineConfiguration;

    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
  }
}
