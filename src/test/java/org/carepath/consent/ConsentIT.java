package org.carepath.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.referral.ReferralPathwayProcess;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.careplan.CarePlans;
import org.carepath.circulation.CarePlanCirculation;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Consent as data (design 4d): a consent recorded, given with an end date and withdrawn in the middle of
 * a case; the plan's boxes follow the records and the records follow the plan; the next circulation
 * reads them when it sends. The demo's outbox takes the letters (a context of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true",
    "camunda.bpm.process-engine-name=consentit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
class ConsentIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SLT = CarePlanRequests.LEAD_AGENCY;
  static final String SCHOOL = CarePlanRequests.SCHOOL;
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired CarePlans plans;
  @Autowired CarePlanCirculation circulation;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.FormService forms;

  @Test
  void shouldSendTheNextVersionOnlyToTheAgenciesWhoseConsentStandsWhenItIsSent() throws Exception {
    // given a plan agreed and circulated with the speech and language therapists' consent, not the school's
    String reference = referral();
    assertThat(nina().putJson(plan(reference), CarePlanRequests.valid("nina", TODAY.plusWeeks(4), TODAY.plusMonths(3)))
        .statusCode()).isEqualTo(200);
    plans.agree(reference, "nina");
    circulation.circulateLatest(reference);
    assertThat(sentTo(reference, 1)).containsExactlyInAnyOrder("rhian@family.example", "alys.hughes@slt.example");
    JsonNode recorded = consents(reference);
    assertThat(recorded.get("history")).singleElement().satisfies(c -> {
      assertThat(c.get("agency").asText()).isEqualTo(SLT);
      assertThat(c.get("source").asText()).isEqualTo("CARE_PLAN");
      assertThat(c.get("recordedBy").asText()).isEqualTo("nina");
    });

    // when the mother gives the school consent for a month and withdraws the therapists'
    var given = nina().putJson(consent(reference, SCHOOL),
        "{\"shareCarePlan\": true, \"consentedBy\": \"Rhian Jones, mother\", \"until\": \"" + TODAY.plusDays(30) + "\"}");
    var withdrawn = nina().putJson(consent(reference, SLT), "{\"shareCarePlan\": false, \"recordedBy\": \"nina\"}");
    var repeated = nina().putJson(consent(reference, SLT), "{\"shareCarePlan\": false}");

    // then the plan's boxes say so, and the next version goes to the family and the school only
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(JSON.readTree(repeated.body()).get("history")).as("a repeat records nothing").hasSize(3);
    // and a client that read the plan before the withdrawal and sends it back unchanged gives nothing back
    assertThat(nina().putJson(plan(reference), CarePlanRequests.valid("nina", TODAY.plusWeeks(4), TODAY.plusMonths(3)))
        .statusCode()).isEqualTo(200);
    assertThat(consents(reference).get("history")).as("the stale plan recorded nothing").hasSize(3);
    JsonNode agencies = JSON.readTree(nina().get(plan(reference)).body()).get("agencies");
    assertThat(agencies.get(0).get("consentToShare").asBoolean()).as(SLT).isFalse();
    assertThat(agencies.get(1).get("consentToShare").asBoolean()).as(SCHOOL).isTrue();
    String secondVersion = CarePlanRequests.valid("nina", TODAY.plusWeeks(6), TODAY.plusMonths(3))
        .replace("\"consentToShare\": true", "\"consentToShare\": \"SLT\"").replace("\"consentToShare\": false", "\"consentToShare\": true")
        .replace("\"consentToShare\": \"SLT\"", "\"consentToShare\": false");
    assertThat(nina().putJson(plan(reference), secondVersion).statusCode()).isEqualTo(200);
    plans.agree(reference, "nina");
    circulation.circulateLatest(reference);
    assertThat(sentTo(reference, 2)).containsExactlyInAnyOrder("rhian@family.example", "rees@school.example");

    JsonNode now = consents(reference);
    assertThat(now.get("history")).as("the plan repeating the records records nothing").hasSize(3);
    assertThat(now.get("current")).hasSize(2).anySatisfy(c -> {
      assertThat(c.get("agency").asText()).isEqualTo(SCHOOL);
      assertThat(c.get("inForce").asBoolean()).isTrue();
      assertThat(c.get("until").asText()).isEqualTo(TODAY.plusDays(30).toString());
      assertThat(c.get("consentedBy").asText()).isEqualTo("Rhian Jones, mother");
    }).anySatisfy(c -> {
      assertThat(c.get("agency").asText()).isEqualTo(SLT);
      assertThat(c.get("inForce").asBoolean()).isFalse();
      assertThat(c.get("source").asText()).isEqualTo("API");
    });
    assertThat(nina().get("/api/cases/" + reference).body() + caseFile(reference))
        .contains("Consent to share the care plan with " + SCHOOL + ": given until " + TODAY.plusDays(30),
            "Consent to share the care plan with " + SLT + ": not given or withdrawn");
  }

  @Test
  void shouldNotLetAFormOpenedBeforeAWithdrawalGiveTheConsentBack() throws Exception {
    // given the plan meeting's form, prefilled while the therapists had consent and the school had none
    String reference = referral();
    assertThat(nina().putJson(plan(reference), CarePlanRequests.valid("nina", TODAY.plusWeeks(4), TODAY.plusMonths(3)))
        .statusCode()).isEqualTo(200);
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()
        .getId(), "test: straight to the plan meeting");
    runtime.createProcessInstanceByKey(ReferralPathwayProcess.KEY).businessKey(reference)
        .setVariables(Map.of(ReferralPathwayProcess.CASE_REFERENCE, reference, ReferralPathwayProcess.SECTOR, "NORTH",
            ReferralPathwayProcess.SECTOR_TEAM, "iscan-north", ReferralPathwayProcess.ALLOCATED_WORKER, "nina",
            ReferralPathwayProcess.CHILD_NAME, "Ffion Jones"))
        .startBeforeActivity("Activity_PlanMeeting").execute();
    Task meeting = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Activity_PlanMeeting")
        .singleResult();
    assertThat(tasks.getVariable(meeting.getId(), "planAgency1Consent")).isEqualTo(true);

    // when the consent is withdrawn meanwhile, and the worker then changes a need and ticks the school's box
    assertThat(nina().putJson(consent(reference, SLT), "{\"shareCarePlan\": false}").statusCode()).isEqualTo(200);
    forms.submitTaskForm(meeting.getId(), Map.of("planMeetingDate", TODAY.toString(), "planMeetingAttendees", "Family, nina",
        "planNeed1Description", "Speech delay at nursery and at home", "planAgency2Consent", true));

    // then the therapists' consent stays withdrawn: only the box she changed recorded a consent
    JsonNode history = consents(reference).get("history");
    assertThat(history).hasSize(3);
    assertThat(history.get(1).get("shareCarePlan").asBoolean()).isFalse();
    assertThat(history.get(2).get("agency").asText()).isEqualTo(SCHOOL);
    assertThat(history.get(2).get("source").asText()).isEqualTo("CARE_PLAN");
    assertThat(plans.latestAgreed(reference).orElseThrow().agenciesToCirculate())
        .extracting(org.carepath.careplan.AgreedPlan.Agency::name).containsExactly(SCHOOL);
  }

  @Test
  void shouldNameTheFieldOfABadConsentAndKeepItToTheCasesTeam() throws Exception {
    String reference = referral();

    assertRefused(reference, "{}", "shareCarePlan");
    assertRefused(reference, "{\"shareCarePlan\": true, \"until\": \"" + TODAY.minusDays(1) + "\"}", "until", "in the past");
    assertRefused(reference, "{\"shareCarePlan\": false, \"until\": \"" + TODAY.plusDays(1) + "\"}", "until", "only for a consent given");
    assertRefused(reference, "{\"shareCarePlan\": true, \"until\": \"next week\"}", "until", "YYYY-MM-DD");
    assertRefused(reference, "{\"shareCarePlan\": true, \"recordedBy\": \"sara\"}", "recordedBy", "you (nina)");
    assertRefused(reference, "{\"shareCarePlan\": true, \"consentedBy\": \"" + "x".repeat(201) + "\"}", "consentedBy");
    var tooLong = nina().putJson(consent(reference, "A".repeat(201)), "{\"shareCarePlan\": true}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("agency");
    assertThat(consents(reference).get("history")).as("nothing half-written").isEmpty();

    assertThat(as("sara").putJson(consent(reference, SCHOOL), "{\"shareCarePlan\": true}").statusCode())
        .as("another sector").isEqualTo(404);
    assertThat(as("sara").get("/api/cases/" + reference + "/consents").statusCode()).isEqualTo(404);
    assertThat(HttpProbe.local(port).putJson(consent(reference, SCHOOL), "{\"shareCarePlan\": true}").statusCode()).isEqualTo(401);
  }

  private void assertRefused(String reference, String body, String... named) {
    var response = nina().putJson(consent(reference, SCHOOL), body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.body()).contains(named);
  }

  private List<String> sentTo(String reference, int version) {
    return jdbc.queryForList("select recipients from notification where idempotency_key like ?", String.class,
        "care-plan/" + reference + "/v" + version + "/%");
  }

  private String caseFile(String reference) {
    return String.join("\n", jdbc.queryForList("select e.title from case_record_entry e join care_case c on c.id = e.case_id "
        + "where c.reference = ?", String.class, reference));
  }

  private JsonNode consents(String reference) throws Exception {
    var response = nina().get("/api/cases/" + reference + "/consents");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private String referral() throws Exception {
    var created = nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("reference").asText();
  }

  private static String plan(String reference) {
    return "/api/cases/" + reference + "/care-plan";
  }

  private static String consent(String reference, String agency) {
    return "/api/cases/" + reference + "/consents/" + agency.replace(" ", "%20");
  }

  private HttpProbe nina() {
    return as("nina");
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
