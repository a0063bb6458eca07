package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * The cross-sector probes of the children's side, repeated for adults: an Alnwick contact is
 * invisible to Blyth, to every ISCAN sector and to the contact centre once the team holds it,
 * through carepath's API and Camunda's; the Alnwick team finds it (the positive control). The
 * reverse too: an adult team finds nothing of a child's case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdultCrossTeamAccessIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  String adult;
  String adultTask;
  String adultInstance;
  String child;
  String childTask;

  @BeforeAll
  void createCases() throws Exception {
    adult = JSON.readTree(as("cath").postJson("/api/contacts",
        ContactRequests.valid(ContactRequests.ALNWICK, null)).body()).get("reference").asText();
    adultTask = tasks.createTaskQuery().processInstanceBusinessKey(adult).singleResult().getId();
    adultInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(adult).singleResult().getId();
    child = JSON.readTree(as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", null)).body())
        .get("reference").asText();
    childTask = tasks.createTaskQuery().processInstanceBusinessKey(child).singleResult().getId();
  }

  @Test
  void shouldShowNothingOfAnAlnwickContactToAnyoneOutsideTheTeam() {
    // given
    Map<String, Function<HttpProbe, HttpResponse<String>>> probes = probes(adult, adultTask, adultInstance);
    List<String> leaks = new ArrayList<>();

    // when / then
    for (String outsider : List.of("ben", "nina", "sara", "cath", "cara", "sid", "maggie", "max")) {
      probes.forEach((name, probe) -> {
        var answer = probe.apply(as(outsider));
        if (answer.statusCode() < 400 && (answer.body().contains(adult) || answer.body().contains("Edith")
            || answer.body().contains(adultTask))) {
          leaks.add(outsider + ": " + name + " -> " + answer.statusCode());
        }
      });
    }
    assertThat(leaks).isEmpty();
    for (String found : List.of("task list", "task", "form variables", "case")) {
      var answer = probes.get(found).apply(as("alan"));
      assertThat(answer.statusCode()).as("alan: " + found).isEqualTo(200);
      assertThat(answer.body()).as("alan: " + found).containsAnyOf(adult, "Edith", adultTask);
    }
  }

  @Test
  void shouldShowNothingOfAChildsCaseToTheAdultTeams() {
    Map<String, Function<HttpProbe, HttpResponse<String>>> probes = probes(child, childTask,
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(child).singleResult().getId());
    List<String> leaks = new ArrayList<>();

    for (String adultWorker : List.of("alan", "ben", "cath", "cara", "sid", "maggie")) {
      probes.forEach((name, probe) -> {
        var answer = probe.apply(as(adultWorker));
        if (answer.statusCode() < 400 && (answer.body().contains(child) || answer.body().contains("Ffion"))) {
          leaks.add(adultWorker + ": " + name + " -> " + answer.statusCode());
        }
      });
    }
    assertThat(leaks).isEmpty();
    assertThat(probes.get("task").apply(as("nina")).statusCode()).as("nina's control").isEqualTo(200);
  }

  @Test
  void shouldNotLetAnotherTeamWorkOrStartOnTheContact() throws Exception {
    var claim = as("ben").postJson("/engine-rest/task/" + adultTask + "/claim", "{\"userId\": \"ben\"}");
    var complete = as("ben").postJson("/engine-rest/task/" + adultTask + "/complete", "{\"variables\": {}}");
    var start = as("ben").postJson("/engine-rest/process-definition/key/AdultContact/start",
        "{\"businessKey\": \"" + adult + "\"}");
    var startForm = as("ben").postJson("/engine-rest/process-definition/key/AdultContact/submit-form", JSON.writeValueAsString(
        Map.of("variables", startForm(ContactRequests.ALNWICK))));
    var signposting = as("ben").putJson("/api/cases/" + adult + "/signposting", "{\"serviceIds\": [1]}");

    assertThat(claim.statusCode()).isIn(403, 404);
    assertThat(complete.statusCode()).isIn(403, 404);
    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(startForm.statusCode()).as(startForm.body()).isEqualTo(403);
    assertThat(startForm.body()).contains("belongs to the care and support team 'alnwick'");
    assertThat(signposting.statusCode()).isEqualTo(404);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(adult).singleResult().getAssignee()).isNull();
    // the control: ben records a contact of his own team from the start form
    var own = as("ben").postJson("/engine-rest/process-definition/key/AdultContact/submit-form", JSON.writeValueAsString(
        Map.of("variables", startForm(ContactRequests.BLYTH))));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    // a box of the start form sent as text is refused, never read as "no"
    Map<String, Object> textBox = new LinkedHashMap<>(startForm(ContactRequests.BLYTH));
    textBox.put("safeguardingDescription", Map.of("value", "Says a carer hits him"));
    textBox.put("allegesCrime", Map.of("value", "true", "type", "String"));
    var typed = as("ben").postJson("/engine-rest/process-definition/key/AdultContact/submit-form",
        JSON.writeValueAsString(Map.of("variables", textBox)));
    assertThat(typed.statusCode()).isEqualTo(400);
    assertThat(typed.body()).contains("allegesCrime: must be true or false");
  }

  private static Map<String, Function<HttpProbe, HttpResponse<String>>> probes(String reference, String task, String instance) {
    Map<String, Function<HttpProbe, HttpResponse<String>>> probes = new LinkedHashMap<>();
    probes.put("task list", p -> p.get("/engine-rest/task?processInstanceBusinessKey=" + reference));
    probes.put("task", p -> p.get("/engine-rest/task/" + task));
    probes.put("form variables", p -> p.get("/engine-rest/task/" + task + "/form-variables"));
    probes.put("task variables", p -> p.get("/engine-rest/task/" + task + "/variables"));
    probes.put("instances", p -> p.get("/engine-rest/process-instance?businessKey=" + reference));
    probes.put("instance variables", p -> p.get("/engine-rest/process-instance/" + instance + "/variables"));
    probes.put("history", p -> p.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference));
    probes.put("history variables", p -> p.get("/engine-rest/history/variable-instance?processInstanceId=" + instance));
    probes.put("history tasks", p -> p.get("/engine-rest/history/task?processInstanceBusinessKey=" + reference));
    probes.put("case", p -> p.get("/api/cases/" + reference));
    probes.put("signposting", p -> p.get("/api/cases/" + reference + "/signposting"));
    probes.put("care plan", p -> p.get("/api/cases/" + reference + "/care-plan"));
    return probes;
  }

  private static Map<String, Object> startForm(String practice) {
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, Object> values = Map.of("contactChannel", "WALK_IN", "givenName", "Walter", "familyName", "Wing",
        "dateOfBirth", "1950-02-03", "postcode", "NE24 1AA", "phone", "01670 000000", "gpPracticeCode", practice,
        "reason", "Needs help at home", "consentToShare", true);
    values.forEach((name, value) -> fields.put(name, Map.of("value", value)));
    return fields;
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
