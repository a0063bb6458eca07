package org.carepath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Keeping the directory from Tasklist ({@code KeepDirectory}): add, change, retire, as the API's rules say. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class KeepDirectoryIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String START = "/engine-rest/process-definition/key/KeepDirectory/submit-form";

  @LocalServerPort int port;
  @Autowired LocalServiceRepository services;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  @Test
  void shouldAddAServiceDescribedOnTheFormThenChangeAndRetireIt() throws Exception {
    // given cath adds a service, first with a bad area and no way to reach it
    String name = "Amble Lunch Club " + UUID.randomUUID().toString().substring(0, 6);
    String instance = start("cath", Map.of("directoryChange", "ADD"));
    Task describe = task(instance);
    assertThat(describe.getAssignee()).isEqualTo("cath");
    var refused = complete("cath", describe, fields(name, "Amble", ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("areas[0]", "postcode district");

    // when she corrects it
    assertThat(complete("cath", describe, fields(name, "NE65", "01665 710000")).statusCode()).isEqualTo(204);

    // then the directory finds it; nina changes it; sid retires it
    LocalService added = services.findAll().stream().filter(s -> s.details().name().equals(name)).findFirst().orElseThrow();
    assertThat(added.details().areas()).containsExactly("NE65");
    assertThat(added.details().ageGroups()).containsExactly(AgeGroup.ADULTS);
    String change = start("nina", Map.of("directoryChange", "CHANGE", "serviceId", added.id()));
    assertThat(tasks.getVariables(task(change).getId())).containsEntry("serviceName", name)
        .containsEntry("serviceAreas", "NE65");
    assertThat(complete("nina", task(change), fields(name, "NE65, NE66", "01665 710000")).statusCode()).isEqualTo(204);
    assertThat(services.findById(added.id()).orElseThrow().details().areas()).containsExactly("NE65", "NE66");
    String retire = start("sid", Map.of("directoryChange", "RETIRE", "serviceId", added.id()));
    assertThat(complete("sid", task(retire), Map.of("confirmRetirement", false)).body()).contains("confirmRetirement");
    assertThat(complete("sid", task(retire), Map.of("confirmRetirement", true)).statusCode()).isEqualTo(204);
    assertThat(services.findById(added.id()).orElseThrow().isRetired()).isTrue();
  }

  @Test
  void shouldLetOnlyThoseWhoKeepTheDirectoryStartAndNameOnlyLiveServices() throws Exception {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("KeepDirectory").count();
    var byFamilySupportWorker = as("noah").postJson(START, variables(Map.of("directoryChange", "ADD")));
    var unknown = as("cath").postJson(START, variables(Map.of("directoryChange", "CHANGE", "serviceId", 999999)));

    assertThat(byFamilySupportWorker.statusCode()).as("he cannot even see the process").isIn(403, 404);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("KeepDirectory").count()).isEqualTo(before);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("serviceId: no service 999999 in the directory");
  }

  private String start(String user, Map<String, Object> values) throws Exception {
    var started = as(user).postJson(START, variables(values));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private Task task(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private HttpResponse<String> complete(String user, Task task, Map<String, Object> values) throws Exception {
    return as(user).postJson("/engine-rest/task/" + task.getId() + "/complete", variables(values));
  }

  private static Map<String, Object> fields(String name, String areas, String phone) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("serviceName", name);
    fields.put("serviceProvider", "VOLUNTARY");
    fields.put("serviceDescription", "A hot lunch and company every Wednesday.");
    fields.put("serviceAreas", areas);
    fields.put("serviceNeeds", "loneliness, food");
    fields.put("serviceForAdults", true);
    fields.put("serviceForChildren", false);
    fields.put("servicePhone", phone);
    return fields;
  }

  private static String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return JSON.writeValueAsString(Map.of("variables", typed));
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
