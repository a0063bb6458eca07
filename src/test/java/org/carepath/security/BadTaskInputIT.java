package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.carecoordination.CareCoordinationCases.today;
import static org.carepath.security.BadInputs.DOLLAR_CANARY;
import static org.carepath.security.BadInputs.HASH_CANARY;
import static org.carepath.security.BadInputs.assertNoCanaryVariable;
import static org.carepath.security.BadInputs.assertNotAServerError;
import static org.carepath.security.BadInputs.with;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.carecoordination.CareCoordinationCases;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.notification.MailTemplates;
import org.carepath.referral.ReferralRepository;
import org.carepath.referral.ReferralRequests;
import org.carepath.security.BadInputs.Snapshot;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad variables to task completion through Camunda's REST API, expressions that must never be
 * evaluated (a case walked through its tasks with a canary that would set {@code pwned}), and HTML
 * and CR/LF on their way into letters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BadTaskInputIT {

  private static final String SCREENED = "\"asdAdhdRequested\": {\"value\": false}, \"keyWorkerElsewhere\": {\"value\": false},"
      + " \"complexMultiAgencyNeeds\": {\"value\": false}";
  private static final String SERIALIZED_LIST = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ReferralRepository referrals;
  @Autowired MailTemplates templates;

  private CareCoordinationCases given;

  @BeforeEach
  void cases() {
    given = new CareCoordinationCases(port, runtime, tasks, management);
  }

  /**
   * label, the variables completing the screening of a fresh referral, and whether the engine refuses
   * them: carepath then answers 400 naming the reason (Camunda's own task resource would answer 500, see
   * docs/security.md, "Bad input"); refused whole: the task stays open, nothing is written.
   */
  static Stream<Arguments> screeningVariables() {
    return Stream.of(
        arguments("needsCount a word", "\"needsCount\": {\"value\": \"three\"}, " + SCREENED, true),
        arguments("needsCount a numeric string", "\"needsCount\": {\"value\": \"2\", \"type\": \"String\"}, " + SCREENED, false),
        arguments("needsCount beyond Long", "\"needsCount\": {\"value\": 99999999999999999999, \"type\": \"Long\"}, " + SCREENED, false),
        arguments("needsCount missing", SCREENED, false),
        arguments("Java-serialized ArrayList", "\"needsCount\": {\"value\": 2}, " + SCREENED + ", \"x\": {\"type\": \"Object\","
            + " \"value\": \"" + SERIALIZED_LIST + "\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\","
            + " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}", true),
        arguments("JSON object of an unknown class", "\"needsCount\": {\"value\": 2}, " + SCREENED + ", \"x\": {\"type\": \"Object\","
            + " \"value\": \"{}\", \"valueInfo\": {\"objectTypeName\": \"com.example.Nope\","
            + " \"serializationDataFormat\": \"application/json\"}}", true),
        arguments("JSON object of a dangerous class", "\"needsCount\": {\"value\": 2}, " + SCREENED + ", \"x\": {\"type\": \"Object\","
            + " \"value\": \"{\\\"command\\\": [\\\"touch\\\", \\\"/tmp/pwned\\\"]}\", \"valueInfo\": {\"objectTypeName\": \"java.lang.ProcessBuilder\","
            + " \"serializationDataFormat\": \"application/json\"}}", true),
        arguments("unknown variable type", "\"needsCount\": {\"value\": 2}, " + SCREENED + ", \"x\": {\"type\": \"Gadget\", \"value\": 1}", false),
        arguments("string variable of 5000 characters", "\"needsCount\": {\"value\": 2}, " + SCREENED
            + ", \"screeningNote\": {\"value\": \"" + "n".repeat(5000) + "\"}", true),
        arguments("expression as a variable name", "\"needsCount\": {\"value\": 2}, " + SCREENED
            + ", \"" + DOLLAR_CANARY + "\": {\"value\": 1}", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("screeningVariables")
  void shouldRefuseBadScreeningVariablesWholeOrCompleteLiterally(String label, String variables, boolean refused) {
    // given
    String reference = given.referral();
    String task = given.task(reference, "Activity_ScreenReferral").getId();
    Snapshot before = Snapshot.of(jdbc, runtime, tasks);

    // when
    var response = nina().postJson("/engine-rest/task/" + task + "/complete", "{\"variables\": {" + variables + "}}");

    // then
    if (refused) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("\"message\"");
    } else {
      assertNotAServerError(response);
    }
    if (response.statusCode() >= 400) {
      assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isOne();
      assertThat(Snapshot.of(jdbc, runtime, tasks)).isEqualTo(before);
    } else {
      assertThat(response.statusCode()).isEqualTo(204);
      given.task(reference, "Activity_IscanDecision");
    }
    assertNoCanaryVariable(runtime, history);
  }

  @Test
  void shouldStoreExpressionsInAReferralVerbatimAndNeverEvaluateThemThroughScreening() {
    // given
    String reason = "Speech delay " + DOLLAR_CANARY + " " + HASH_CANARY;
    var submitted = nina().postJson("/api/referrals",
        with(with(ReferralRequests.valid("NORTH", "canary-" + UUID.randomUUID()), "reason", reason),
            "referrer.role", HASH_CANARY));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    String reference = BadInputs.read(submitted).get("reference").asText();

    // when
    var completed = nina().postJson("/engine-rest/task/" + given.task(reference, "Activity_ScreenReferral").getId()
        + "/complete", "{\"variables\": {\"needsCount\": {\"value\": 2}, " + SCREENED + "}}");

    // then
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    String pathway = given.pathway(reference).getId();
    assertThat(runtime.getVariable(pathway, "referralReason")).isEqualTo(reason);
    assertThat(BadInputs.read(nina().get("/api/cases/" + reference)).get("record").get(0).get("body").asText())
        .isEqualTo(reason);
    assertThat(referrals.findByCareCaseReference(reference).orElseThrow().getReferrerRole()).isEqualTo(HASH_CANARY);
    given.task(reference, "Activity_IscanDecision");
    assertNoCanaryVariable(runtime, history);
  }

  @Test
  void shouldStoreExpressionsInPlansEventsAndMeetingsVerbatimAndNeverEvaluateThem() {
    // given a case in care co-ordination, a draft plan and an event with expressions
    String reference = given.inCareCoordination("nina");
    String plan = with(with(CarePlanRequests.valid("nina", today().plusWeeks(4), today().plusMonths(3)),
        "needs[0].description", DOLLAR_CANARY), "needs[1].description", HASH_CANARY);
    assertThat(nina().putJson("/api/cases/" + reference + "/care-plan", plan).statusCode()).isEqualTo(200);
    String reason = "Mum asks " + DOLLAR_CANARY + " " + HASH_CANARY;
    var event = nina().postJson("/api/cases/" + reference + "/events",
        "{\"type\": \"MEETING_REQUESTED\", \"requestedBy\": \"family\", \"reason\": \"" + reason.replace("'", "'") + "\"}");
    assertThat(event.statusCode()).as(event.body()).isEqualTo(202);

    // when the meeting is held with expressions in its notes, and the plan is agreed
    var held = nina().postJson("/engine-rest/task/" + given.task(reference, "Activity_InteragencyMeeting").getId()
        + "/complete", "{\"variables\": {\"meetingDate\": {\"value\": \"" + today() + "\"},"
        + " \"meetingPurpose\": {\"value\": \"OTHER\"}, \"meetingAttendees\": {\"value\": \"" + HASH_CANARY + "\"},"
        + " \"meetingDecisions\": {\"value\": \"" + DOLLAR_CANARY + "\"}}}");

    // then
    assertThat(held.statusCode()).as(held.body()).isEqualTo(204);
    assertNoCanaryVariable(runtime, history);
    var agreed = BadInputs.read(nina().get("/api/cases/" + reference + "/care-plan/versions/2"));
    assertThat(agreed.get("needs").findValuesAsText("description")).containsExactly(DOLLAR_CANARY, HASH_CANARY);
    var record = BadInputs.read(nina().get("/api/cases/" + reference)).get("record");
    assertThat(record.findValuesAsText("body")).contains(reason,
        "Attendees:\n" + HASH_CANARY + "\n\nDecisions:\n" + DOLLAR_CANARY);
  }

  @Test
  void shouldEscapeHtmlInLettersAndKeepLineBreaksOutOfTheSubject() {
    // given a referral whose referrer and GP practice hold HTML (allowed: stored as typed)
    String body = with(with(ReferralRequests.valid("NORTH", "html-" + UUID.randomUUID()), "referrer.name", "<b>x</b>"),
        "gp.practice", "<script>alert(1)</script>");
    String reference = BadInputs.read(nina().postJson("/api/referrals", body)).get("reference").asText();
    var referral = referrals.findByCareCaseReference(reference).orElseThrow();

    // when a letter is written, even with a child's name that validation would have refused
    var letter = templates.render("outcome", Map.of("reference", reference, "referral", referral,
        "childName", "<i>Ffion</i>\r\nBcc: x@evil.example", "gpCopied", true, "contacts", List.of()),
        List.of("owen.price@hv.example"));

    // then the HTML shows as text and the subject is one line
    assertThat(letter.html()).contains("&lt;b&gt;x&lt;/b&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;i&gt;Ffion")
        .doesNotContain("<b>x</b>", "<script>", "<i>Ffion");
    assertThat(letter.subject()).doesNotContain("\r", "\n")
        .isEqualTo("Care co-ordination offered for <i>Ffion</i> Bcc: x@evil.example (" + reference + ")");
    assertThat(BadInputs.read(nina().get("/api/cases/" + reference)).get("record").get(0).get("title").asText())
        .isEqualTo("Referral received from <b>x</b>, Cardiff HV team");
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }
}
