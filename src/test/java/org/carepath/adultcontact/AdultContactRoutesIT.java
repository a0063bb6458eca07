package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseHandoffs;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each route of an adult contact through the REST API as the teams' members work it: triage with the
 * decision's recommendation, assess and arrange with a lead worker, the complex needs transfer, the
 * safeguarding enquiry, and the refusals on the way. Who holds the case follows each handoff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdultContactRoutesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired CareCaseRepository cases;
  @Autowired CaseHandoffs handoffs;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @Test
  void shouldRefuseAnOutcomeAgainstTheRecommendationWithoutAReasonThenAssessWithALeadWorker() throws Exception {
    // given a contact with Alnwick, whose needs call for an assessment
    String reference = contact(ContactRequests.valid(ContactRequests.ALNWICK, null));
    Map<String, Object> answers = answers(false, true);

    // when alan signposts without a reason, names a Blyth worker, then assesses with himself as lead worker
    var unreasoned = complete("alan", reference, with(answers, "triageOutcome", "SIMPLE_LOCAL_SOLUTION"));
    var otherTeam = complete("alan", reference, with(answers, "triageOutcome", "ASSESS_AND_ARRANGE", "leadWorker", "ben"));
    var assessed = complete("alan", reference, with(answers, "triageOutcome", "ASSESS_AND_ARRANGE", "leadWorker", "alan"));

    // then
    assertThat(unreasoned.statusCode()).isEqualTo(400);
    assertThat(unreasoned.body()).contains("triageReason: AdultTriage recommends ASSESS_AND_ARRANGE",
        "Needs call for an assessment");
    assertThat(otherTeam.statusCode()).isEqualTo(400);
    assertThat(otherTeam.body()).contains("leadWorker: ben is not a member of cst-alnwick");
    assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(204);
    Task overview = task(reference);
    assertThat(overview.getTaskDefinitionKey()).isEqualTo("Activity_OverviewAssessment");
    assertThat(overview.getAssignee()).isEqualTo("alan");
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("\"leadWorker\":\"alan\"",
        "Triage: ASSESS_AND_ARRANGE", "Recommended ASSESS_AND_ARRANGE: Needs call for an assessment");
    assertThat(handoffs.count(cases.getByReference(reference))).as("team to lead worker").isEqualTo(1);

    // and the overview needs every outcome
    var incomplete = complete("alan", reference, Map.of("outcomeNutrition", "SOME", "wellbeingImpact", true));
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("outcomePersonalHygiene", "outcomeCaringForChild", "needsFromCondition");
    Map<String, Object> overviewAnswers = new LinkedHashMap<>();
    for (String outcome : CheckOverviewListener.OUTCOMES) {
      overviewAnswers.put(outcome, "SUBSTANTIAL");
    }
    overviewAnswers.put("wellbeingImpact", true);
    overviewAnswers.put("needsFromCondition", true);
    overviewAnswers.put("needsNotMetOtherwise", false);
    assertThat(complete("alan", reference, overviewAnswers).statusCode()).isEqualTo(204);
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("Overview assessment",
        "Nutrition: SUBSTANTIAL", "Significant impact on wellbeing: yes", "Needs arise from a condition: yes");

    // then the decisions find the needs eligible, ten substantial outcomes being 30 points: band 5
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
        .until(() -> as("alan").get("/api/cases/" + reference).body()
            .contains("Eligible for care and support; indicative budget £420.00 a week"));
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("England: needs from a condition",
        "Band 5 (30-39 points)");
  }

  @Test
  void shouldAgreeASupportPlanWithAPersonalBudgetThatAManagerOtherThanTheLeadWorkerAuthorises() throws Exception {
    // given an eligible adult with alan as lead worker: ten substantial outcomes, £420 indicative
    String reference = contact(ContactRequests.valid(ContactRequests.ALNWICK, null));
    complete("alan", reference, with(answers(false, true), "triageOutcome", "ASSESS_AND_ARRANGE", "leadWorker", "alan"));
    Map<String, Object> overview = new LinkedHashMap<>();
    CheckOverviewListener.OUTCOMES.forEach(outcome -> overview.put(outcome, "SUBSTANTIAL"));
    overview.put("wellbeingImpact", true);
    overview.put("needsFromCondition", true);
    overview.put("needsNotMetOtherwise", true);
    overview.put("reablementOffered", true);
    overview.put("specialistNursing", true);
    String plan = "/api/cases/" + reference + "/care-plan";
    var tooEarly = as("alan").putJson(plan, supportPlan("alan", "380.00", "", 12));
    complete("alan", reference, overview);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
        .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Activity_SpecialistAssessment").count() == 1);
    assertThat(task(reference).getName()).as("a step done per specialism names it")
        .isEqualTo("Collate specialist assessment (Nursing): Edith Armstrong (" + reference + ")");
    assertThat(complete("alan", reference, Map.of("specialistName", "Nia Hall, district nursing",
        "specialistSummary", "Leg ulcer dressed twice a week")).statusCode()).isEqualTo(204);
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("Specialist assessment, Nursing: Nia Hall, district nursing",
        "Leg ulcer dressed twice a week");
    assertThat(task(reference).getTaskDefinitionKey()).isEqualTo("Activity_Reablement");
    assertThat(complete("alan", reference, Map.of("reablementOutcome", "PARTLY_MET",
        "reablementNotes", "Dresses herself again; still cannot shop")).statusCode()).isEqualTo(204);
    assertThat(task(reference).getTaskDefinitionKey()).as("no carer's assessment asked for").isEqualTo("Activity_AgreeSupportPlan");
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("Re-ablement: PARTLY_MET",
        "Dresses herself again; still cannot shop");

    // when alan writes the plan: a different amount needs a reason, the lead worker is of the team, a review within 12 months
    var noReason = as("alan").putJson(plan, supportPlan("alan", "380.00", "", 12));
    var otherTeam = as("alan").putJson(plan, supportPlan("ben", "420", "", 12));
    var lateReview = as("alan").putJson(plan, supportPlan("alan", "420", "", 13));
    var saved = as("alan").putJson(plan, supportPlan("alan", "380.00", "Her daughter does the shopping", 12));

    // then
    assertThat(tooEarly.statusCode()).as("before the needs are found eligible").isEqualTo(409);
    assertThat(noReason.body()).contains("personalBudget.rationale", "indicative 420.00");
    assertThat(otherTeam.body()).contains("caseManager", "must be a member of cst-alnwick");
    assertThat(lateReview.body()).contains("reviewDate", "at most 12 months");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("\"personalBudget\":{\"weeklyAmount\":380.00,\"indicativeWeeklyAmount\":420.00,"
        + "\"rationale\":\"Her daughter does the shopping\"}");

    var invisibleReason = as("alan").putJson(plan, supportPlan("alan", "380.00", "\u200b", 12));
    assertThat(invisibleReason.body()).as("a reason of nothing visible").contains("personalBudget.rationale");

    // and neither the lead worker nor whoever wrote the plan may authorise it, even as managers;
    // the plan cannot change while a manager decides; maggie returns it once, then authorises it
    identity.createMembership("alan", "adult-managers");
    identity.createMembership("ava", "adult-managers");
    try {
      assertThat(as("ava").putJson(plan, supportPlan("alan", "380.00", "Her daughter does the shopping", 12)).statusCode())
          .isEqualTo(200);
      assertThat(complete("alan", reference, Map.of()).statusCode()).isEqualTo(204);
      var changedMeanwhile = as("alan").putJson(plan, supportPlan("alan", "9999.99", "x y z", 12));
      var own = complete("alan", reference, Map.of("authorised", true));
      var writer = complete("ava", reference, Map.of("authorised", true));
      assertThat(changedMeanwhile.statusCode()).isEqualTo(409);
      assertThat(changedMeanwhile.body()).contains("with an adult manager for authorisation");
      assertThat(own.statusCode()).isEqualTo(400);
      assertThat(own.body()).contains("you are this person's lead worker or wrote this plan");
      assertThat(writer.statusCode()).isEqualTo(400);
    } finally {
      identity.deleteMembership("alan", "adult-managers");
      identity.deleteMembership("ava", "adult-managers");
    }
    assertThat(complete("maggie", reference, Map.of("authorised", false)).body()).contains("authorisationNote");
    assertThat(complete("maggie", reference, Map.of("authorised", false, "authorisationNote", "Add the carer's breaks")).statusCode())
        .isEqualTo(204);
    assertThat(task(reference).getTaskDefinitionKey()).isEqualTo("Activity_AgreeSupportPlan");
    assertThat(complete("alan", reference, Map.of()).statusCode()).isEqualTo(204);
    assertThat(complete("maggie", reference, Map.of("authorised", true)).statusCode()).isEqualTo(204);
    assertThat(as("alan").get(plan).body()).contains("\"status\":\"AGREED\"", "\"agreedBy\":\"maggie\"");
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("Support plan returned to the lead worker",
        "Add the carer's breaks", "Support plan authorised");
  }

  private static String supportPlan(String leadWorker, String weekly, String rationale, int reviewMonths) {
    return """
        {"needs": [{"area": "PHYSICAL", "description": "Cannot get to the shops since her fall"}],
         "agencies": [{"name": "Coquet Home Care", "contactName": "Rota", "email": "rota@coquet.example", "consentToShare": true}],
         "actions": [{"description": "Shopping call twice a week", "agency": "Coquet Home Care",
                      "keyworker": {"name": "Rota", "email": "rota@coquet.example"}, "dueDate": "%s"}],
         "leadAgency": "Coquet Home Care", "caseManager": "%s", "reviewDate": "%s",
         "personalBudget": {"weeklyAmount": %s, "indicativeWeeklyAmount": 9999, "rationale": "%s"}}"""
        .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusWeeks(2), leadWorker,
            java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusMonths(reviewMonths).minusDays(reviewMonths > 12 ? 0 : 1),
            weekly, rationale);
  }

  @Test
  void shouldTransferComplexNeedsToTheComplexNeedsTeamAndOutOfTheLocalTeamsSight() throws Exception {
    // given
    String reference = contact(ContactRequests.valid(ContactRequests.ALNWICK, null));
    Map<String, Object> answers = answers(true, false);

    // when alan triages severe and unstable mental health to the complex needs team
    var triaged = complete("alan", reference, with(answers, "triageOutcome", "COMPLEX_NEEDS"));

    // then the complex needs team holds the case and names its lead worker
    assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(204);
    assertThat(task(reference).getTaskDefinitionKey()).isEqualTo("Activity_AcceptTransfer");
    assertThat(as("alan").get("/api/cases/" + reference).statusCode()).isEqualTo(404);
    assertThat(as("cara").get("/api/cases/" + reference).body()).contains("\"team\":\"complex-needs-team\"");
    assertThat(complete("cara", reference, Map.of("leadWorker", "alan")).body())
        .contains("leadWorker: alan is not a member of complex-needs-team");
    assertThat(complete("cara", reference, Map.of("leadWorker", "cara")).statusCode()).isEqualTo(204);
    assertThat(task(reference).getAssignee()).isEqualTo("cara");
    assertThat(handoffs.count(cases.getByReference(reference))).as("to the team, then to cara").isEqualTo(2);
  }

  @Test
  void shouldSendAnAllegedCrimeToAdultSafeguardingThenBackToTheTeam() throws Exception {
    // given
    String reference = contact(ContactRequests.withSafeguarding(ContactRequests.ALNWICK, null,
        "{\"description\": \"Says her carer takes her pension\", \"allegesCrime\": true, \"serviceFailure\": false}"));

    // then the enquiry is safeguarding's, out of the local team's sight
    Task enquiry = task(reference);
    assertThat(enquiry.getTaskDefinitionKey()).isEqualTo("Activity_SafeguardingEnquiry");
    assertThat(tasks.createTaskQuery().taskId(enquiry.getId()).taskCandidateGroup("adult-safeguarding").count()).isOne();
    assertThat(as("alan").get("/api/cases/" + reference).statusCode()).isEqualTo(404);
    assertThat(complete("alan", reference, Map.of("enquiryOutcome", "NO_FURTHER_ACTION")).statusCode())
        .as("the local team never works the enquiry").isIn(403, 404);
    assertThat(complete("sid", reference, Map.of("enquiryOutcome", "PROTECTION_PLAN", "enquiryNotes", "Plan agreed"))
        .statusCode()).isEqualTo(204);

    // and the team triages, seeing the concern
    assertThat(task(reference).getTaskDefinitionKey()).isEqualTo("Activity_TriageContact");
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("Safeguarding enquiry: PROTECTION_PLAN",
        "Plan agreed", "\"team\":\"cst-alnwick\"");
  }

  @Test
  void shouldEnquireIntoAnAllegedCrimeBeforeAnyoneElseAndLetNobodyTurnTheEnquiryOff() throws Exception {
    // given an alleged crime from a practice of no team
    String reference = contact(ContactRequests.withSafeguarding(ContactRequests.NO_TEAM, null,
        "{\"description\": \"Her son takes her pension\", \"allegesCrime\": true, \"serviceFailure\": false}"));

    // then the enquiry comes first, before the contact centre allocates a team
    assertThat(task(reference).getTaskDefinitionKey()).isEqualTo("Activity_SafeguardingEnquiry");
    var turnedOff = complete("sid", reference, Map.of("enquiryOutcome", "NO_FURTHER_ACTION", "safeguardingEnquiry", false));
    assertThat(turnedOff.statusCode()).isEqualTo(403);
    assertThat(turnedOff.body()).contains("safeguardingEnquiry: carepath sets these");
    // (a case with a team may not lose it on the way: nobody would hold it)
    String alnwick = contact(ContactRequests.withSafeguarding(ContactRequests.ALNWICK, null,
        "{\"description\": \"Her son takes her pension\", \"allegesCrime\": true, \"serviceFailure\": false}"));
    var nullTeam = completeWithNull("sid", alnwick, "team", Map.of("enquiryOutcome", "NO_FURTHER_ACTION"));
    var nullWorker = completeWithNull("sid", alnwick, "caseReference", Map.of("enquiryOutcome", "NO_FURTHER_ACTION"));
    assertThat(nullTeam.statusCode()).as(nullTeam.body()).isEqualTo(400);
    assertThat(nullTeam.body()).contains("team: may not be changed");
    assertThat(nullWorker.statusCode()).as(nullWorker.body()).isIn(400, 403);
    assertThat(complete("sid", reference, Map.of("enquiryOutcome", "MAYBE")).body())
        .contains("enquiryOutcome: must be one of [NO_FURTHER_ACTION, PROTECTION_PLAN]");
    assertThat(complete("sid", reference, Map.of("enquiryOutcome", "NO_FURTHER_ACTION")).statusCode()).isEqualTo(204);
    assertThat(task(reference).getTaskDefinitionKey()).isEqualTo("Activity_AllocateTeam");

    // and the contact centre may choose the team but not plant text in the team's form
    var planted = complete("cath", reference, Map.of("team", "alnwick",
        "personPhone", "[Re-enter your password](https://evil.example/login)"));
    assertThat(planted.statusCode()).isEqualTo(403);
    assertThat(planted.body()).contains("personPhone");
    var plantedLater = as("cath").postJson("/engine-rest/task/" + task(reference).getId() + "/variables",
        JSON.writeValueAsString(Map.of("modifications", Map.of("personName", Map.of("value", "<img src=x>")))));
    assertThat(plantedLater.statusCode()).isEqualTo(403);
    assertThat(complete("cath", reference, Map.of("team", "alnwick")).statusCode()).isEqualTo(204);
    assertThat(task(reference).getName()).isEqualTo("Triage contact: Edith Armstrong (" + reference + ")");
  }

  @Test
  void shouldNotStartASecondContactProcessOnACase() throws Exception {
    String reference = contact(ContactRequests.valid(ContactRequests.ALNWICK, null));

    var second = as("alan").postJson("/engine-rest/process-definition/key/AdultContact/start",
        "{\"businessKey\": \"" + reference + "\"}");

    assertThat(second.statusCode()).isEqualTo(403);
    assertThat(second.body()).contains("carepath starts a case's processes");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).count()).isOne();
  }

  @Test
  void shouldSignpostOnlyToServicesForAdultsAndOnlyAtTheSignpostingStep() throws Exception {
    String reference = contact(ContactRequests.valid(ContactRequests.ALNWICK, null));
    var early = as("alan").putJson("/api/cases/" + reference + "/signposting", "{\"serviceIds\": [1]}");
    complete("alan", reference, with(answers(false, false), "triageOutcome", "SIMPLE_LOCAL_SOLUTION"));
    long forChildren = JSON.readTree(as("alan").get("/api/directory/services?age=CHILDREN&need=parenting").body())
        .findValues("ageGroups").stream().filter(a -> a.toString().equals("[\"CHILDREN\"]")).count();
    long childrenOnly = JSON.readTree(as("alan").get("/api/directory/services?q=Flying%20Start").body()).get(0).get("id").asLong();

    var wrongAge = as("alan").putJson("/api/cases/" + reference + "/signposting", "{\"serviceIds\": [" + childrenOnly + "]}");

    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("not at the signposting step");
    assertThat(forChildren).isPositive();
    assertThat(wrongAge.statusCode()).isEqualTo(400);
    assertThat(wrongAge.body()).contains("serviceIds[0]", "is not for adults");
  }

  @Test
  void shouldRefuseATriageWithoutAnOutcome() throws Exception {
    String reference = contact(ContactRequests.valid(ContactRequests.ALNWICK, null));

    var missing = complete("alan", reference, answers(false, false));

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("triageOutcome: must be one of");
  }

  @Test
  void shouldNotLetTheTeamMoveTheContactToAnotherTeamWhenCompletingATask() throws Exception {
    String reference = contact(ContactRequests.valid(ContactRequests.ALNWICK, null));

    var forged = complete("alan", reference, with(answers(false, false), "triageOutcome", "SIMPLE_LOCAL_SOLUTION",
        "team", "blyth"));

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("team: may not be changed");
    assertThat(task(reference).getTaskDefinitionKey()).isEqualTo("Activity_TriageContact");
  }

  @Test
  void shouldLetTheContactCentreAllocateOnlyAnExistingTeam() throws Exception {
    String reference = contact(ContactRequests.valid(ContactRequests.NO_TEAM, null));

    var unknown = complete("cath", reference, Map.of("team", "narnia"));
    var allocated = complete("cath", reference, Map.of("team", "blyth"));

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("team: choose one of the care and support teams", "alnwick (Alnwick)");
    assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(204);
    Task triage = task(reference);
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).taskCandidateGroup("cst-blyth").count()).isOne();
    assertThat(as("ben").get("/api/cases/" + reference).body()).contains("\"team\":\"cst-blyth\"");
    assertThat(as("cath").get("/api/cases/" + reference).statusCode()).isEqualTo(404);
  }

  private String contact(String body) throws Exception {
    var response = as("cath").postJson("/api/contacts", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("reference").asText();
  }

  /** The case's open task, once the job executor has run the asynchronous steps before it (the self-assessment invitation). */
  private Task task(String reference) {
    return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
        .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult(), java.util.Objects::nonNull);
  }

  private HttpResponse<String> complete(String user, String reference, Map<String, Object> variables) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return as(user).postJson("/engine-rest/task/" + task(reference).getId() + "/complete",
        JSON.writeValueAsString(Map.of("variables", typed)));
  }

  /** Completes with the given variables and one variable explicitly set to null (as a forger would). */
  private HttpResponse<String> completeWithNull(String user, String reference, String nullName, Map<String, Object> variables)
      throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    Map<String, Object> nothing = new LinkedHashMap<>();
    nothing.put("value", null);
    nothing.put("type", "Null");
    typed.put(nullName, nothing);
    return as(user).postJson("/engine-rest/task/" + task(reference).getId() + "/complete",
        JSON.writeValueAsString(Map.of("variables", typed)));
  }

  private static Map<String, Object> answers(boolean severeMentalHealth, boolean needsAssessment) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (String input : AdultContactProcess.TRIAGE_INPUTS) {
      answers.put(input, false);
    }
    answers.put("severeMentalHealth", severeMentalHealth);
    answers.put("needsAssessment", needsAssessment);
    return answers;
  }

  private static Map<String, Object> with(Map<String, Object> answers, Object... more) {
    Map<String, Object> all = new LinkedHashMap<>(answers);
    for (int i = 0; i < more.length; i += 2) {
      all.put((String) more[i], more[i + 1]);
    }
    return all;
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
