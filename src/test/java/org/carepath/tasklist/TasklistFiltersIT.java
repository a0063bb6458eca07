package org.carepath.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The shared Tasklist filters, as staff reach them through Camunda's REST API (what Tasklist calls). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TasklistFiltersIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired FilterService filters;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TasklistFilters tasklistFilters;

  @Test
  void shouldShowEachWorkerTheirSectorsQueueAndTheirOwnCases() throws Exception {
    assertThat(filterNames("nina")).containsExactly("North ISCAN meeting queue", "My cases", "Calls due");
    assertThat(filterNames("sara")).containsExactly("South ISCAN meeting queue", "My cases", "Calls due");
    assertThat(filterNames("wendy")).containsExactly("West ISCAN meeting queue", "My cases", "Calls due");
    assertThat(filterNames("lesley")).isEmpty();
    assertThat(filterNames("alan")).containsExactly("My team's queue", "My cases");
    assertThat(filterNames("cath")).containsExactly("My team's queue", "My cases");
    assertThat(filterNames("cara")).containsExactly("My team's queue", "My cases");
  }

  @Test
  void shouldQueueAnAdultContactForItsTeamOnlyWithAReadableName() throws Exception {
    // given
    var contact = http("cath").postJson("/api/contacts",
        org.carepath.adultcontact.ContactRequests.valid(org.carepath.adultcontact.ContactRequests.ALNWICK, null));
    String reference = JSON.readTree(contact.body()).get("reference").asText();

    // when
    JsonNode queue = list("alan", "My team's queue");

    // then
    assertThat(byReference(queue, reference).path("name").asText())
        .isEqualTo("Triage contact: Edith Armstrong (" + reference + ")");
    assertThat(list("ben", "My team's queue").toString()).doesNotContain(reference);
    assertThat(list("cath", "My team's queue").toString()).doesNotContain(reference);
  }

  @Test
  void shouldQueueANewReferralForItsSectorsMeetingWithAReadableNameAndDueDate() throws Exception {
    // given
    String reference = submit("NORTH", "FILTER-1");

    // when
    JsonNode queue = list("nina", "North ISCAN meeting queue");

    // then
    JsonNode screening = byReference(queue, reference);
    assertThat(screening.path("name").asText()).isEqualTo("Screen referral: Ffion Jones (" + reference + ")");
    assertThat(screening.path("due").isNull()).isFalse();
    assertThat(list("sara", "South ISCAN meeting queue").toString()).doesNotContain(reference);
    assertThat(http("sara").get("/engine-rest/filter/" + filterId("North ISCAN meeting queue") + "/list")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void shouldListOnlyTheWorkersOwnTasksInMyCasesAndOnlyTheirCallsInCallsDue() throws Exception {
    // given: a case allocated to noah, waiting for his opt-in call, and a screening nina claimed
    String allocated = submit("NORTH", "FILTER-2");
    runtime.deleteProcessInstance(instanceOf(allocated), "test: restart at the opt-in call");
    runtime.createProcessInstanceByKey("ReferralPathway").businessKey(allocated)
        .setVariables(Variables.createVariables().putValue("caseReference", allocated).putValue("sector", "NORTH")
            .putValue("sectorTeam", "iscan-north").putValue("childName", "Ffion Jones")
            .putValue("allocatedWorker", "noah").putValue("decision", "CARE_COORDINATION"))
        .startBeforeActivity("Activity_OptInCall").execute();
    String screened = submit("NORTH", "FILTER-3");
    tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(screened).singleResult().getId(), "nina");

    // then
    assertThat(references(list("noah", "My cases"))).contains(allocated).doesNotContain(screened);
    assertThat(references(list("noah", "Calls due"))).contains(allocated);
    assertThat(references(list("nina", "My cases"))).contains(screened).doesNotContain(allocated);
    assertThat(references(list("nina", "Calls due"))).doesNotContain(screened, allocated);
  }

  @Test
  void shouldNotDuplicateTheFiltersWhenTheEngineStartsAgain() {
    long before = filters.createFilterQuery().count();

    tasklistFilters.postProcessEngineBuild(engine);

    assertThat(filters.createFilterQuery().count()).isEqualTo(before);
    assertThat(filters.createFilterQuery().filterName("My cases").count()).isOne();
  }

  private List<String> filterNames(String user) throws Exception {
    JsonNode body = JSON.readTree(http(user).get("/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc").body());
    List<String> names = new ArrayList<>();
    List<JsonNode> sorted = new ArrayList<>();
    body.forEach(sorted::add);
    sorted.sort(java.util.Comparator.comparingInt(f -> f.path("properties").path("priority").asInt()));
    sorted.forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  private JsonNode list(String user, String filterName) throws Exception {
    var response = http(user).get("/engine-rest/filter/" + filterId(filterName) + "/list?maxResults=500");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  private String instanceOf(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  private static JsonNode byReference(JsonNode tasks, String reference) {
    for (JsonNode task : tasks) {
      if (task.path("name").asText().contains(reference)) {
        return task;
      }
    }
    throw new AssertionError("no task of " + reference + " in " + tasks);
  }

  private static List<String> references(JsonNode tasks) {
    List<String> references = new ArrayList<>();
    var matcher = Pattern.compile("ISC-[NSW]-\\d{4}-\\d{5}");
    tasks.forEach(task -> matcher.matcher(task.path("name").asText()).results().forEach(m -> references.add(m.group())));
    return references;
  }

  private String submit(String sector, String externalReference) throws Exception {
    var response = http("nina").postJson("/api/referrals", ReferralRequests.valid(sector, externalReference));
    return JSON.readTree(response.body()).path("reference").asText();
  }

  private HttpProbe http(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
