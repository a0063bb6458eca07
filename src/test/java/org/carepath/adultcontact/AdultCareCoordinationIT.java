package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseHandoffs;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * After the support plan is authorised an adult's case runs the same care co-ordination as a child's,
 * with adult words; the person assesses themselves and reads their own record through single-use,
 * expiring links that nobody else's case can reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdultCareCoordinationIT {

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired CareCaseRepository cases;
  @Autowired CaseHandoffs handoffs;
  @Autowired JdbcTemplate jdbc;

  private AdultCases adults;

  @BeforeEach
  void drive() {
    adults = new AdultCases(HttpProbe.local(port), tasks, "/engine-rest");
  }

  @Test
  void shouldCoordinateAnAuthorisedSupportPlanAsAChildsPlanWithTheLeadWorkerAsCaseManager() throws Exception {
    // given an adult whose support plan maggie authorised, with alan as lead worker
    String reference = adults.authorised(ContactRequests.ALNWICK, "alan");

    // then care co-ordination runs for the case, under its reference, as for a child
    await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("CareCoordination").processInstanceBusinessKey(reference).count() == 1);

    // when the person asks for a meeting, in the adult's words
    var meeting = as("alan").postJson(events(reference), "{\"type\": \"MEETING_REQUESTED\", \"reason\": \"Edith asked\","
        + " \"requestedBy\": \"person\"}");
    assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(202);
    assertThat(adults.task(reference, "Activity_InteragencyMeeting").getAssignee()).isEqualTo("alan");

    // and the lead worker changes: never to another team's worker; to ava after a handover meeting
    var otherTeam = as("alan").postJson(events(reference), "{\"type\": \"CASE_MANAGER_CHANGE\", \"reason\": \"Leave\","
        + " \"newCaseManager\": \"ben\"}");
    var change = as("alan").postJson(events(reference), "{\"type\": \"CASE_MANAGER_CHANGE\", \"reason\": \"Leave\","
        + " \"newCaseManager\": \"ava\"}");
    long before = handoffs.count(cases.getByReference(reference));
    adults.complete("alan", reference, "Activity_HandoverMeeting", Map.of("meetingPurpose", "CHANGE_OF_CASE_MANAGER",
        "meetingDate", "2026-12-08", "meetingAttendees", "Edith, Joan, Alan, Ava", "meetingDecisions", "Ava takes over"));

    // then
    assertThat(otherTeam.statusCode()).isEqualTo(400);
    assertThat(otherTeam.body()).contains("newCaseManager", "ben is not a member of cst-alnwick");
    assertThat(change.statusCode()).as(change.body()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(30)).until(() -> as("ava").get("/api/cases/" + reference).body()
        .contains("\"leadWorker\":\"ava\""));
    assertThat(handoffs.count(cases.getByReference(reference))).as("a change of lead worker is a handoff")
        .isEqualTo(before + 1);
    assertThat(adults.task(reference, "Activity_InteragencyMeeting").getAssignee()).as("her open work moves with her")
        .isEqualTo("ava");
    adults.complete("ava", reference, "Activity_InteragencyMeeting", Map.of("meetingPurpose", "OTHER",
        "meetingDate", "2026-12-09", "meetingAttendees", "Edith, Joan, Ava", "meetingDecisions", "Nothing changes"));
    assertThat(as("ava").get("/api/cases/" + reference + "/care-plan").body()).contains("\"caseManager\":\"ava\"",
        "\"weeklyAmount\":380");
    String file = as("ava").get("/api/cases/" + reference).body();
    assertThat(file).contains("Interagency meeting requested by person", "Change of lead worker requested to ava",
        "Lead worker: ava");

    // and bringing back to the ISCAN meeting is for children only; disengagement speaks of the person
    var bringBack = as("ava").postJson(events(reference), "{\"type\": \"BRING_BACK\", \"reason\": \"New needs\"}");
    assertThat(bringBack.statusCode()).isEqualTo(409);
    assertThat(as("ava").postJson(events(reference), "{\"type\": \"DISENGAGED\", \"reason\": \"No answer for a month\"}")
        .statusCode()).isEqualTo(202);
    assertThat(as("ava").get("/api/cases/" + reference).body()).contains("Person disengaged");
  }

  @Test
  void shouldTakeTheSelfAssessmentOnceThroughItsLinkAndShowItOnTheLeadWorkersForms() throws Exception {
    // given a contact triaged to assess and arrange: the person is invited while alan does the overview
    String reference = adults.assessing(ContactRequests.ALNWICK, "alan");
    String overview = adults.task(reference, "Activity_OverviewAssessment").getId();
    assertThat((String) tasks.getVariableLocal(overview, "selfAssessmentSummary")).contains("Not returned yet");
    String token = token(reference, "SELF_ASSESSMENT");
    String page = "/self-assessment/" + token;

    // when Edith opens the link, forgets a question, then answers all of them
    var form = HttpProbe.local(port).get(page);
    Map<String, String> partial = new java.util.LinkedHashMap<>(AdultCases.selfAssessment());
    partial.remove("outcomeToileting");
    var incomplete = adults.postForm(page, partial);
    var answered = adults.postForm(page, AdultCases.selfAssessment());

    // then her answers are on the case file and on alan's open overview form, in her words
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains(reference, "Getting enough to eat and drink", "This does not apply to me")
        .doesNotContain("Edith", "Armstrong");
    assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("Choose an answer for: Using the toilet");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(as("alan").get("/api/cases/" + reference).body()).contains("Self-assessment by Edith Armstrong",
        "Staying in my own home near my garden", "Using the toilet: I often cannot do this without help (SUBSTANTIAL)");
    assertThat((String) tasks.getVariableLocal(overview, "selfAssessmentSummary"))
        .contains("Getting to the shops on my own again");

    // and the link works once: a second answer is refused and changes nothing
    var again = adults.postForm(page, AdultCases.selfAssessment());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already been sent");
    assertThat(HttpProbe.local(port).get(page).statusCode()).isEqualTo(409);
    assertThat(jdbc.queryForObject("select count(*) from case_record_entry e join care_case c on c.id = e.case_id"
        + " where c.reference = ? and e.title like 'Self-assessment by%'", Long.class, reference)).isEqualTo(1);
    assertThat(HttpProbe.local(port).get("/self-assessment/" + "x".repeat(43)).statusCode()).isEqualTo(404);
  }

  @Test
  void shouldAskAPersonWhoChoseWelshTheSelfAssessmentInWelshAndKeepHerAnswersForStaffInEnglish() throws Exception {
    // given a person who asked for Welsh (recorded with the contact; set here on the case)
    String reference = adults.assessing(ContactRequests.ALNWICK, "ava");
    jdbc.update("update care_case set preferred_language = 'WELSH' where reference = ?", reference);
    String page = "/self-assessment/" + token(reference, "SELF_ASSESSMENT");

    // when she opens the link, looks at the English, forgets a question, then answers all
    var welsh = HttpProbe.local(port).get(page);
    var english = HttpProbe.local(port).get(page + "?lang=en");
    Map<String, String> partial = new java.util.LinkedHashMap<>(AdultCases.selfAssessment());
    partial.remove("outcomeToileting");
    partial.put("lang", "cy");
    var incomplete = adults.postForm(page, partial);
    Map<String, String> all = new java.util.LinkedHashMap<>(AdultCases.selfAssessment());
    all.put("lang", "cy");
    var answered = adults.postForm(page, all);

    // then the pages speak Welsh, with a link to the English
    assertThat(welsh.statusCode()).isEqualTo(200);
    assertThat(welsh.headers().firstValue("Content-Language")).hasValue("cy");
    assertThat(welsh.body()).contains("<html lang=\"cy\">", "Eich hunanasesiad", "Cael digon i&#39;w fwyta a&#39;i yfed",
        "Nid yw hyn yn berthnasol i mi", "Anfon fy atebion", ">English</a>").doesNotContain("Getting enough to eat");
    assertThat(english.body()).contains("<html lang=\"en-GB\">", "Your self-assessment", "Getting enough to eat and drink",
        ">Cymraeg</a>");
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("Gwiriwch eich atebion", "Dewiswch ateb ar gyfer: Defnyddio&#39;r toiled");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(answered.body()).contains("Mae eich atebion ar eich cofnod.");
    // and the case file keeps her answers as staff read them
    assertThat(as("ava").get("/api/cases/" + reference).body())
        .contains("Using the toilet: I often cannot do this without help (SUBSTANTIAL)");
  }

  @Test
  void shouldRefuseAnExpiredSelfAssessmentLink() throws Exception {
    String reference = adults.assessing(ContactRequests.ALNWICK, "ava");
    String token = token(reference, "SELF_ASSESSMENT");
    jdbc.update("update person_link set expires_at = created_at where token = ?", token);

    var late = adults.postForm("/self-assessment/" + token, AdultCases.selfAssessment());

    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(late.body()).contains("This link has expired", "go through the questions with you");
    assertThat(as("ava").get("/api/cases/" + reference).body()).doesNotContain("Self-assessment by");
  }

  @Test
  void shouldLetThePersonReadTheirWholeRecordOnceThroughTheLinkAndStaffOfTheTeamSendANewOne() throws Exception {
    // given an authorised plan: the person's record link was made when it was authorised
    String reference = adults.authorised(ContactRequests.ALNWICK, "alan");
    String token = token(reference, "RECORD");
    String link = "/my-record/" + token;

    // when Edith (or a mail scanner) follows the link, then she gives a wrong date of birth, then hers
    var asked = HttpProbe.local(port).get(link);
    var wrong = adults.postForm(link, Map.of("day", "3", "month", "5", "year", "1944"));
    var record = adults.postForm(link, Map.of("day", "2", "month", "05", "year", "1944"));
    var again = adults.postForm(link, Map.of("day", "2", "month", "5", "year", "1944"));

    // then following the link reads and uses nothing; her date of birth opens her record once
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body()).contains("What is your date of birth?").doesNotContain("Edith", "380");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("does not match our record").doesNotContain("Edith");
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    assertThat(record.body()).contains("Your care and support record", "Edith Armstrong", reference,
        "Alan Alnwick", "Care and support team Alnwick", "£380.00 a week", "£420.00 a week, from the resource allocation",
        "Her daughter does the shopping", "Shopping call twice a week", "Overview assessment", "Support plan authorised",
        "print this page");
    assertThat(record.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("default-src 'none'"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("This link has been used", "Ask your lead worker");
    assertThat(HttpProbe.local(port).get(link).statusCode()).isEqualTo(409);
    assertThat(as("alan").get("/api/cases/" + reference).body()).as("the link is the person's, not on the case file")
        .doesNotContain(token);

    // and her team may send a new link (here no mail server takes it: 503, said plainly) and print her
    // record; nobody outside the team may
    var resent = as("alan").postJson("/api/cases/" + reference + "/record-link", "{}");
    assertThat(resent.statusCode()).isEqualTo(503);
    assertThat(resent.body()).contains("no link was sent; try again later");
    var printed = as("ava").get("/api/cases/" + reference + "/person-record");
    assertThat(printed.body()).contains("Care and support record of Edith Armstrong");
    assertThat(printed.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(as("ben").postJson("/api/cases/" + reference + "/record-link", "{}").statusCode()).isEqualTo(404);
    assertThat(as("nina").get("/api/cases/" + reference + "/person-record").statusCode()).isEqualTo(404);
    assertThat(HttpProbe.local(port).get("/api/cases/" + reference + "/person-record").statusCode()).isEqualTo(401);
    var child = as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", null));
    String childReference = new com.fasterxml.jackson.databind.ObjectMapper().readTree(child.body()).get("reference").asText();
    assertThat(as("nina").postJson("/api/cases/" + childReference + "/record-link", "{}").statusCode()).isEqualTo(409);

    // and five wrong dates of birth use a link up
    String second = "/my-record/" + jdbc.queryForList("select l.token from person_link l join care_case c on c.id = l.case_id"
        + " where c.reference = ? and l.purpose = 'RECORD' order by l.id", String.class, reference).get(1);
    for (int i = 1; i < 5; i++) {
      assertThat(adults.postForm(second, Map.of("day", "1", "month", "1", "year", "1950")).statusCode()).isEqualTo(400);
    }
    assertThat(adults.postForm(second, Map.of("day", "1", "month", "1", "year", "1950")).statusCode()).isEqualTo(409);
    assertThat(adults.postForm(second, Map.of("day", "2", "month", "5", "year", "1944")).statusCode()).isEqualTo(409);
  }

  @Test
  void shouldHoldTheRecordLinkBackForTheLeadWorkerWhenTheContactRaisedASafeguardingConcern() throws Exception {
    // given a concern about her son, triaged by the local team (no crime or service failure alleged)
    String reference = new com.fasterxml.jackson.databind.ObjectMapper().readTree(as("cath").postJson("/api/contacts",
        ContactRequests.withSafeguarding(ContactRequests.ALNWICK, null, "{\"description\": \"Her son shouts at her\","
            + " \"allegesCrime\": false, \"serviceFailure\": false}")).body()).get("reference").asText();
    adults.complete("alan", reference, "Activity_TriageContact", Map.of("severeMentalHealth", false,
        "complexCarePlanExpected", false, "seriousRisk", false, "transitionFromChildrensServices", false,
        "unresolvedConflict", false, "needsAssessment", true, "triageOutcome", "ASSESS_AND_ARRANGE", "leadWorker", "alan"));

    // when her plan is authorised
    adults.overview(reference, "alan");
    adults.agreeAndAuthorise(reference, "alan");

    // then no link goes to her by itself: the lead worker reads the record first
    await().atMost(Duration.ofSeconds(30)).until(() -> as("alan").get("/api/cases/" + reference).body()
        .contains("Record link held back for the lead worker: safeguarding"));
    assertThat(jdbc.queryForObject("select count(*) from person_link l join care_case c on c.id = l.case_id"
        + " where c.reference = ? and l.purpose = 'RECORD'", Long.class, reference)).isZero();
  }

  private String token(String reference, String purpose) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("select l.token from person_link l"
        + " join care_case c on c.id = l.case_id where c.reference = ? and l.purpose = ? order by l.id", String.class,
        reference, purpose).stream().findFirst().orElse(null), java.util.Objects::nonNull);
  }

  private static String events(String reference) {
    return "/api/cases/" + reference + "/events";
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
