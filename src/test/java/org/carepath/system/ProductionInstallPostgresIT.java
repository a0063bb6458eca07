package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.CarepathOnPostgres;
import org.carepath.support.HttpProbe;
import org.carepath.support.ModelCheck;
import org.carepath.support.ModelerDeployment;
import org.carepath.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * carepath as a council installs it: the {@code postgres} profile on PostgreSQL and nobody but the
 * administrator of {@code CAREPATH_ADMIN_PASSWORD}. Everything else must be reachable from there:
 * the administrator onboards a care co-ordinator through the REST API (as Admin does), unlocks her,
 * deploys a model, reads the reports; she takes a referral to the team's decision. Demo users would
 * hide a missing grant, so there are none.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ProductionInstallPostgresIT {

  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_install_it");
  private static final String ENGINE = "install";
  private static final String WORKER = "pat.north";
  private static final String WORKER_PASSWORD = "violet-harbour-lantern";
  private static final String REST = "/engine-rest/engine/" + ENGINE;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ConfigurableApplicationContext context;
  private static HttpProbe admin;
  private static HttpProbe pat;

  @BeforeAll
  static void install() {
    DATABASE.recreate();
    context = CarepathOnPostgres.startAsInstalled(DATABASE, ENGINE, Map.of("camunda.bpm.job-execution.enabled", "false"));
    HttpProbe server = HttpProbe.local(CarepathOnPostgres.port(context));
    admin = server.as("admin", CarepathOnPostgres.adminPassword(ENGINE));
    pat = server.as(WORKER, WORKER_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  @org.junit.jupiter.api.Order(1) // first: it starts from nobody but the administrator
  void shouldLetTheOnlyAdministratorOnboardAWorkerWhoTakesAReferralToTheDecision() throws Exception {
    // given nobody but the administrator
    assertThat(names(admin.get(REST + "/user"), "id")).containsExactly("admin");
    assertThat(names(admin.get(REST + "/process-definition?latestVersion=true"), "key"))
        .contains("ReferralPathway", "CareCoordination", "IapAssessment");

    // when the administrator onboards a care co-ordinator of the North team, as Admin does
    var weak = admin.postJson(REST + "/user/create", user("password1234"));
    var created = admin.postJson(REST + "/user/create", user(WORKER_PASSWORD));
    var team = admin.send(admin.request(REST + "/group/iscan-north/members/" + WORKER).PUT(noBody()));
    var role = admin.send(admin.request(REST + "/group/care-coordinators/members/" + WORKER).PUT(noBody()));
    var unlocked = admin.postJson(REST + "/user/" + WORKER + "/unlock", "");

    // then
    assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
    assertThat(weak.body()).contains("The password does not meet the staff password policy");
    assertThat(List.of(created.statusCode(), team.statusCode(), role.statusCode(), unlocked.statusCode()))
        .as(created.body()).containsOnly(204);
    assertThat(pat.get("/api/me").body()).contains("\"userId\":\"" + WORKER + "\"", "iscan-north", "care-coordinators");
    assertThat(pat.postJson(REST + "/user/admin/unlock", "").statusCode()).as("only administrators unlock").isEqualTo(403);

    // when she records a referral, screens it and records the team's decision, allocating herself
    var referral = pat.postJson("/api/referrals", ReferralRequests.valid("NORTH", "install-1"));
    assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
    String reference = JSON.readTree(referral.body()).get("reference").asText();
    complete(reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true));
    complete(reference, "Activity_IscanDecision", Map.of("decision", "CARE_COORDINATION",
        "decisionReason", "Agreed at the ISCAN meeting", "allocatedWorker", WORKER));

    // then the case is hers, and the administrator reads its trail
    JsonNode careCase = JSON.readTree(pat.get("/api/cases/" + reference).body());
    assertThat(careCase.get("allocatedWorker").asText()).isEqualTo(WORKER);
    var trail = admin.get("/api/audit?reference=" + reference);
    assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
    assertThat(trail.body()).contains("TASK_COMPLETED Activity_IscanDecision", WORKER);
    // and onboards an information governance officer, who answers a subject access request for it
    var officer = admin.postJson(REST + "/user/create", """
        {"profile": {"id": "ines.ig", "firstName": "Ines", "lastName": "Governance", "email": "ig@council.example"},
         "credentials": {"password": "subject-access-ready-9"}}""");
    var governance = admin.send(admin.request(REST + "/group/information-governance/members/ines.ig").PUT(noBody()));
    assertThat(List.of(officer.statusCode(), governance.statusCode())).as(officer.body()).containsOnly(204);
    var ines = HttpProbe.local(CarepathOnPostgres.port(context)).as("ines.ig", "subject-access-ready-9");
    var export = ines.send(ines.request("/api/cases/" + reference + "/subject-access").GET());
    assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
    // and the worker records the family's consent for an agency, which the officer's FHIR export honours
    var consent = pat.putJson("/api/cases/" + reference + "/consents/Speech%20and%20language%20therapy",
        "{\"shareCarePlan\": true, \"consentedBy\": \"Rhian Jones, mother\"}");
    assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
    assertThat(pat.get("/api/cases/" + reference + "/consents").body()).contains("Speech and language therapy");
    var fhir = ines.get("/api/cases/" + reference + "/fhir");
    assertThat(fhir.statusCode()).as(fhir.body()).isEqualTo(200);
    assertThat(fhir.body()).contains("\"Bundle\"", "https://fhir.nhs.uk/Id/nhs-number");
    var toAgency = ines.get("/api/cases/" + reference + "/fhir?agency=Speech%20and%20language%20therapy");
    assertThat(toAgency.statusCode()).as(toAgency.body()).isEqualTo(200);
    assertThat(admin.get("/api/reports/feedback").statusCode()).isEqualTo(200);
    var flow = admin.get("/api/reports/flow?pathway=CHILDREN&sector=NORTH");
    assertThat(flow.statusCode()).as(flow.body()).isEqualTo(200);
    assertThat(JSON.readTree(flow.body()).get("received").isNull()).as("one case: suppressed").isTrue();
    assertThat(admin.get("/reports").statusCode()).as("the dashboard").isEqualTo(200);
    assertThat(admin.get("/api/reports/feedback/comments?pathway=CHILDREN").statusCode()).isEqualTo(200);
    assertThat(admin.get("/api/reports/learning-reviews").statusCode()).isEqualTo(200);
    assertThat(admin.putJson("/api/reports/baseline", "{\"pathway\": \"ADULT\", \"from\": \"2025-01-01\", \"to\": \"2025-12-31\"}")
        .statusCode()).as("a baseline").isEqualTo(200);
    assertThat(admin.putJson("/api/care-functions/map", "{\"organisation\": \"Age UK\", \"role\": \"\", \"functions\": [\"COM_01\"]}")
        .statusCode()).as("the function map").isEqualTo(200);
    assertThat(admin.get("/api/care-functions/gaps").statusCode()).isEqualTo(200);
    var metrics = admin.get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("carepath_jobs_executable");

    // and the administrator checks a model change against the running case before deploying it
    var check = ModelCheck.send(admin, "ReferralPathway.bpmn",
        java.nio.file.Files.readString(java.nio.file.Path.of("processes", "ReferralPathway.bpmn")));
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    JsonNode running = JSON.readTree(check.body()).get("processes").get(0).get("running").get(0);
    assertThat(JSON.readTree(check.body()).get("deployable").asBoolean()).isTrue();
    assertThat(running.get("migratable").asLong()).as("the same model: every case could move").isEqualTo(running.get("instances").asLong())
        .isPositive();
  }

  @Test
  void shouldLetTheAdministratorSetUpACareAndSupportTeamAndItsMember() throws Exception {
    // given nobody in any adult team, and no team
    assertThat(admin.get("/api/care-and-support-teams").body()).isEqualTo("[]");

    // when the administrator creates the Hexham team with its practices and onboards a member
    var team = admin.putJson("/api/care-and-support-teams/hexham", "{\"name\":\"Hexham\",\"gpPractices\":[\"A84601\"]}");
    var worker = admin.postJson(REST + "/user/create", """
        {"profile": {"id": "hal.hexham", "firstName": "Hal", "lastName": "Hexham", "email": "hal@council.example"},
         "credentials": {"password": "river-tyne-bridge-7"}}""");
    var membership = admin.send(admin.request(REST + "/group/cst-hexham/members/hal.hexham").PUT(noBody()));

    // then the team, its group and its member are there
    assertThat(team.statusCode()).as(team.body()).isEqualTo(201);
    assertThat(List.of(worker.statusCode(), membership.statusCode())).as(worker.body()).containsOnly(204);
    var hal = HttpProbe.local(CarepathOnPostgres.port(context)).as("hal.hexham", "river-tyne-bridge-7");
    assertThat(hal.get("/api/me").body()).contains("cst-hexham");
    assertThat(hal.get("/api/care-and-support-teams").body()).contains("\"gpPractices\":[\"A84601\"]");

    // and Hal records a contact from his practice, which his team holds and triages, and adds a local service
    var contact = hal.postJson("/api/contacts", org.carepath.adultcontact.ContactRequests.valid("A84601", "install-adult-1"));
    assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
    assertThat(contact.body()).contains("\"team\":\"cst-hexham\"");
    String reference = JSON.readTree(contact.body()).get("reference").asText();
    assertThat(hal.get("/api/cases/" + reference).body()).contains("\"team\":\"cst-hexham\"", "\"stage\":\"Triage contact\"");
    assertThat(names(hal.get(REST + "/task?processInstanceBusinessKey=" + reference), "taskDefinitionKey"))
        .containsExactly("Activity_TriageContact");
    assertThat(pat.get("/api/cases/" + reference).statusCode()).as("a children's worker").isEqualTo(404);
    assertThat(List.of(hal.get("/api/cases/" + reference + "/person-record"), admin.get("/api/cases/" + reference + "/person-record")))
        .as("the person's record, to print for them").allSatisfy(page -> assertThat(page.body()).contains("Edith Armstrong"));
    assertThat(List.of(hal.get("/cases/" + reference), admin.get("/cases/" + reference)))
        .as("the case page, for the team and the administrator").allSatisfy(page -> assertThat(page.body())
            .contains("Edith Armstrong (" + reference + ")", "Triage contact"));
    assertThat(pat.get("/cases/" + reference).statusCode()).as("not for a children's worker").isEqualTo(404);
    var service = hal.postJson("/api/directory/services", """
        {"name": "Hexham Lunch Club", "provider": "VOLUNTARY", "description": "A hot lunch on Thursdays.",
         "areas": ["NE46"], "needs": ["loneliness"], "ageGroups": ["ADULTS"], "contact": {"phone": "01434 600000"}}""");
    assertThat(service.statusCode()).as(service.body()).isEqualTo(201);
  }

  @Test
  void shouldLetTheAdministratorDeployFromModelerAndAppointAProcessManager() throws Exception {
    // given
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_InstallProbe" targetNamespace="http://carepath.example/probe">
          <bpmn:process id="InstallProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_ProbeStarted" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    // when
    var deployed = ModelerDeployment.deployTo(admin, REST, "install-probe", "InstallProbe.bpmn", bpmn);
    var manager = admin.postJson(REST + "/user/create", """
        {"profile": {"id": "morgan.models", "firstName": "Morgan", "lastName": "Models", "email": "morgan@council.example"},
         "credentials": {"password": "quiet-meadow-engine"}}""");
    var membership = admin.send(admin.request(REST + "/group/process-managers/members/morgan.models").PUT(noBody()));
    HttpProbe morgan = HttpProbe.local(CarepathOnPostgres.port(context)).as("morgan.models", "quiet-meadow-engine");
    var straightToTheEngine = ModelerDeployment.deployTo(morgan, REST, "install-probe", "InstallProbe.bpmn", bpmn.replace("P1D", "P2D"));
    var byManager = ModelCheck.deploy(morgan, "InstallProbe.bpmn", bpmn.replace("P1D", "P2D"));

    // then
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    assertThat(List.of(manager.statusCode(), membership.statusCode())).containsOnly(204);
    assertThat(straightToTheEngine.statusCode()).as("a process manager deploys through carepath only").isEqualTo(403);
    assertThat(byManager.statusCode()).as(byManager.body()).isEqualTo(200);
  }

  @Test
  void shouldRefuseToStartTheDemoProfileOnPostgres() throws Exception {
    // given SPRING_DATASOURCE_URL set and no profile: the finding that put the demo users into PostgreSQL
    var demoOnPostgres = new org.springframework.boot.builder.SpringApplicationBuilder(org.carepath.CarepathApplication.class);
    String[] arguments = DATABASE.springProperties().entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue()).toList().toArray(new String[0]);
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments),
        java.util.stream.Stream.of("--server.port=0", "--camunda.bpm.process-engine-name=demoonpostgres",
            "--camunda.bpm.webapp.enabled=false")).toArray(String[]::new);

    // then
    assertThatThrownBy(() -> demoOnPostgres.run(all).close())
        .hasStackTraceContaining("The demo profile runs only on its embedded H2 database");
    assertThat(names(admin.get(REST + "/user?id=nina"), "id")).isEmpty();
  }

  private static void complete(String reference, String taskKey, Map<String, Object> variables) throws Exception {
    var tasks = JSON.readTree(pat.get(REST + "/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=" + taskKey).body());
    assertThat(tasks).as(taskKey + " visible to " + WORKER).hasSize(1);
    StringBuilder typed = new StringBuilder();
    for (var variable : variables.entrySet()) {
      typed.append(typed.isEmpty() ? "" : ",").append('"').append(variable.getKey())
          .append("\":{\"value\":").append(JSON.writeValueAsString(variable.getValue())).append('}');
    }
    var done = pat.postJson(REST + "/task/" + tasks.get(0).get("id").asText() + "/complete",
        "{\"variables\":{" + typed + "}}");
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private static String user(String password) {
    return """
        {"profile": {"id": "%s", "firstName": "Pat", "lastName": "North", "email": "pat.north@council.example"},
         "credentials": {"password": "%s"}}""".formatted(WORKER, password);
  }

  private static List<String> names(java.net.http.HttpResponse<String> response, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> names = new java.util.ArrayList<>();
    JSON.readTree(response.body()).forEach(node -> names.add(node.get(field).asText()));
    return names;
  }

  private static java.net.http.HttpRequest.BodyPublisher noBody() {
    return java.net.http.HttpRequest.BodyPublishers.noBody();
  }
}
