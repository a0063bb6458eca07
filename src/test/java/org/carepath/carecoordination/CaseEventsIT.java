package org.carepath.carecoordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.carecoordination.CareCoordinationCases.today;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecordRepository;
import org.carepath.referral.ReferralPathwayProcess;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code POST /api/cases/{reference}/events} over HTTP with every delegate real: what each event is
 * refused for (nothing changes then) and what an accepted one sets going in the case's processes.
 * The shared demo context has no mail server: letters are asserted as waiting jobs, never as sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CaseEventsIT {

  /** One case in care co-ordination for the refusals, which must leave it as it was. */
  private static String refusedCase;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CareCaseRepository cases;
  @Autowired CaseRecordRepository entries;

  private final ObjectMapper json = new ObjectMapper();
  private CareCoordinationCases given;

  @BeforeEach
  void cases() {
    given = new CareCoordinationCases(port, runtime, tasks, management);
  }

  // --- refusals -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(delimiter = '|', value = {
      "type           | {\"reason\": \"Mum asked\"}",
      "type           | {\"type\": null, \"reason\": \"Mum asked\"}",
      "type           | {\"type\": \"PARTY\", \"reason\": \"Mum asked\"}",
      "reason         | {\"type\": \"DISENGAGED\"}",
      "reason         | {\"type\": \"DISENGAGED\", \"reason\": \"  \"}",
      "requestedBy    | {\"type\": \"MEETING_REQUESTED\", \"reason\": \"Mum asked\"}",
      "requestedBy    | {\"type\": \"MEETING_REQUESTED\", \"reason\": \"Mum asked\", \"requestedBy\": \" \"}",
      "requestedBy    | {\"type\": \"MEETING_REQUESTED\", \"reason\": \"Mum asked\", \"requestedBy\": \"Housing\"}",
      "requestedBy    | {\"type\": \"MEETING_REQUESTED\", \"reason\": \"Mum asked\", \"requestedBy\": \"the family\"}",
      "newCaseManager | {\"type\": \"CASE_MANAGER_CHANGE\", \"reason\": \"Nina leaves\"}",
      "newCaseManager | {\"type\": \"CASE_MANAGER_CHANGE\", \"reason\": \"Nina leaves\", \"newCaseManager\": \"sara\"}",
      "newCaseManager | {\"type\": \"CASE_MANAGER_CHANGE\", \"reason\": \"Nina leaves\", \"newCaseManager\": \"nobody-here\"}",
      "newCaseManager | {\"type\": \"CASE_MANAGER_CHANGE\", \"reason\": \"Nina leaves\", \"newCaseManager\": \"nina\"}",
      "description    | {\"type\": \"GAP_OR_BLOCK\", \"reason\": \"No SALT slots\"}",
      "description    | {\"type\": \"GAP_OR_BLOCK\", \"reason\": \"No SALT slots\", \"description\": \"\"}",
      "priority       | {\"type\": \"DISENGAGED\", \"reason\": \"No answer\", \"priority\": \"high\"}"})
  void shouldRefuseAnInvalidEventNamingTheFieldAndChangeNothing(String field, String body) {
    // given
    String reference = refusedCase();
    Snapshot before = snapshot(reference);

    // when
    var response = nina().postJson(events(reference), body);

    // then
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"", "Invalid fields: " + field);
    assertThat(snapshot(reference)).isEqualTo(before);
  }

  @Test
  void shouldRefuseAnEventThatIsNotJson() {
    // given
    String reference = refusedCase();
    Snapshot before = snapshot(reference);

    // when
    var response = nina().send(nina().request(events(reference)).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("type=DISENGAGED&reason=No+answer")));

    // then
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(snapshot(reference)).isEqualTo(before);
  }

  @Test
  void shouldHideTheCaseFromOtherSectorsAndUnknownReferences() {
    // given
    String reference = refusedCase();
    Snapshot before = snapshot(reference);
    String body = event("MEETING_REQUESTED", "Mum asked", "requestedBy", "family");

    // when
    var sara = HttpProbe.local(port).as("sara", "demo").postJson(events(reference), body);
    var unknown = nina().postJson(events("ISC-N-1999-99999"), body);
    var anonymous = HttpProbe.local(port).postJson(events(reference), body);

    // then
    assertThat(sara.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(snapshot(reference)).isEqualTo(before);
  }

  @Test
  void shouldRefuseEveryEventWhileTheCaseIsStillInTheReferralPathway() {
    // given: screening
    String reference = given.referral();
    Snapshot before = snapshot(reference);

    for (String body : everyValidEvent()) {
      // when
      var response = nina().postJson(events(reference), body);

      // then
      assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(409);
      assertThat(response.body()).contains("is not in care co-ordination");
      assertThat(snapshot(reference)).as(body).isEqualTo(before);
    }
  }

  @Test
  void shouldRefuseEveryEventButBringBackForAClosedCase() {
    // given
    String reference = closedAsNotEligible(given.referral());
    Snapshot before = snapshot(reference);

    for (String body : everyValidEvent()) {
      if (body.contains("BRING_BACK")) {
        continue;
      }
      // when
      var response = nina().postJson(events(reference), body);

      // then
      assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(409);
      assertThat(response.body()).contains("is closed");
      assertThat(snapshot(reference)).as(body).isEqualTo(before);
    }
  }

  // --- accepted events ------------------------------------------------------------------------

  @Test
  void shouldAskTheCaseManagerToHoldAMeetingRequestedByAnAgency() {
    // given
    String reference = given.inCareCoordination("nina");

    // when: the agency's name in any case
    var response = nina().postJson(events(reference),
        event("MEETING_REQUESTED", "School wants to discuss transition", "requestedBy", "ysgol y wern"));

    // then
    assertAccepted(response, reference, "MEETING_REQUESTED");
    Task meeting = given.task(reference, "Activity_InteragencyMeeting");
    assertThat(meeting.getAssignee()).isEqualTo("nina");
    assertThat(meeting.getName()).isEqualTo("Hold interagency meeting: " + CareCoordinationCases.CHILD + " (" + reference + ")");
    assertThat(caseFile(reference)).contains(entry("Interagency meeting requested by " + CarePlanRequests.SCHOOL,
        "School wants to discuss transition"));
  }

  @Test
  void shouldAskTheCaseManagerToHoldAMeetingRequestedByTheFamily() {
    String reference = given.inCareCoordination("nina");

    var response = nina().postJson(events(reference), event("MEETING_REQUESTED", "Mum asked", "requestedBy", "Family"));

    assertAccepted(response, reference, "MEETING_REQUESTED");
    assertThat(given.task(reference, "Activity_InteragencyMeeting").getAssignee()).isEqualTo("nina");
    assertThat(caseFile(reference)).contains(entry("Interagency meeting requested by family", "Mum asked"));
  }

  @Test
  void shouldHandTheCaseAndItsOpenTasksOverAfterTheHandoverMeeting() {
    // given: nina is case manager and holds a meeting task of the case
    String reference = given.inCareCoordination("nina");
    nina().postJson(events(reference), event("MEETING_REQUESTED", "Mum asked", "requestedBy", "family"));
    Task meeting = given.task(reference, "Activity_InteragencyMeeting");
    assertThat(meeting.getAssignee()).isEqualTo("nina");

    // when: the change is asked for
    var response = nina().postJson(events(reference),
        event("CASE_MANAGER_CHANGE", "Nina moves to the West team", "newCaseManager", "noah"));

    // then the handover meeting is nina's, and nothing has changed hands yet
    assertAccepted(response, reference, "CASE_MANAGER_CHANGE");
    Task handover = given.task(reference, "Activity_HandoverMeeting");
    assertThat(handover.getAssignee()).isEqualTo("nina");
    assertThat(nina().get(plan(reference)).body()).contains("\"version\":1", "\"caseManager\":\"nina\"");

    // when: the handover meeting is held
    tasks.complete(handover.getId(), Map.of("meetingDate", today().toString(),
        "meetingPurpose", "CHANGE_OF_CASE_MANAGER", "meetingAttendees", "Rhian Jones, nina, noah",
        "meetingDecisions", "Noah takes over from Monday"));

    // then version 2 names noah, nina's open task of the case is noah's, and version 2 goes out
    assertThat(nina().get(plan(reference)).body()).contains("\"version\":2", "\"status\":\"AGREED\"",
        "\"caseManager\":\"noah\"");
    assertThat(tasks.createTaskQuery().taskId(meeting.getId()).singleResult().getAssignee()).isEqualTo("noah");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee("nina").count()).isZero();
    assertThat(given.job(reference, "Activity_RecirculateAfterHandover")).as("circulation of version 2").isNotNull();
    assertThat(caseFile(reference)).contains(
        entry("Change of case manager requested to noah", "Nina moves to the West team"),
        "\"title\":\"Interagency meeting (change of case manager) on " + today() + "\"",
        "\"title\":\"Interagency Care Plan version 2 agreed: case manager nina handed over to noah\"");
  }

  @Test
  void shouldNotHandACaseToAWorkerOfAnotherSectorWhateverTheMeetingFormSays() {
    // given a handover to noah (North), asked through the API, which checks the sector
    String reference = given.inCareCoordination("nina");
    nina().postJson(events(reference), event("CASE_MANAGER_CHANGE", "Nina leaves", "newCaseManager", "noah"));
    Task handover = given.task(reference, "Activity_HandoverMeeting");

    // when the meeting is completed with the variable set to sam of the South team (a changed form could)
    var refused = org.assertj.core.api.Assertions.catchThrowable(() -> tasks.complete(handover.getId(),
        Map.of("meetingDate", today().toString(), "meetingPurpose", "CHANGE_OF_CASE_MANAGER",
            "meetingAttendees", "nina, sam", "meetingDecisions", "Sam takes over", "newCaseManager", "sam")));

    // then the completion is refused whole: nina's plan and task stand
    assertThat(refused).hasMessageContaining("newCaseManager: sam is not a member of iscan-north");
    assertThat(tasks.createTaskQuery().taskId(handover.getId()).count()).isOne();
    assertThat(nina().get(plan(reference)).body()).contains("\"version\":1", "\"caseManager\":\"nina\"");
  }

  @Test
  void shouldSendAGapsAndBlocksReport() {
    // given
    String reference = given.inCareCoordination("nina");

    // when
    var response = nina().postJson(events(reference),
        event("GAP_OR_BLOCK", "Therapy cannot start", "description", "No SALT appointments in the North until March"));

    // then: the report is an asynchronous step (no mail server here: it is not awaited)
    assertAccepted(response, reference, "GAP_OR_BLOCK");
    assertThat(given.job(reference, "Activity_SendGapsAndBlocksReport")).isNotNull();
    assertThat(caseFile(reference)).contains(entry("Gap or block reported",
        "Therapy cannot start\\n\\nNo SALT appointments in the North until March"));
  }

  @Test
  void shouldTellTheAgenciesThenAskTheCaseManagerToDecideWhenTheFamilyDisengages() {
    // given
    String reference = given.inCareCoordination("nina");

    // when
    var response = nina().postJson(events(reference), event("DISENGAGED", "Three visits missed"));

    // then: first the notice to the agencies, an asynchronous step; no decision before it
    assertAccepted(response, reference, "DISENGAGED");
    assertThat(given.job(reference, "Activity_NotifyAgenciesOfDisengagement")).isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Activity_DecideAfterDisengagement").count()).isZero();
    assertThat(caseFile(reference)).contains(entry("Family disengaged", "Three visits missed"));

    // and once the notice is out (here: moved past, no mail server), the case manager decides
    given.skipUndeliverable(reference, "Activity_NotifyAgenciesOfDisengagement", "Activity_DecideAfterDisengagement");
    assertThat(given.task(reference, "Activity_DecideAfterDisengagement").getAssignee()).isEqualTo("nina");
  }

  @Test
  void shouldEndCareCoordinationAndTakeTheCaseBackToTheIscanMeeting() {
    // given
    String reference = given.inCareCoordination("nina");
    String pathwayBefore = given.pathway(reference).getId();

    // when
    var response = nina().postJson(events(reference), event("BRING_BACK", "New diagnosis: needs the team again"));

    // then
    assertAccepted(response, reference, "BRING_BACK");
    assertThat(given.careCoordination(reference)).as("care co-ordination ended").isNull();
    assertBroughtBack(reference, "New diagnosis: needs the team again");
    assertThat(given.pathway(reference).getId()).as("a new pathway").isNotEqualTo(pathwayBefore);
  }

  @Test
  void shouldReopenAClosedCaseWhenItIsBroughtBack() {
    // given
    String reference = closedAsNotEligible(given.referral());

    // when
    var response = nina().postJson(events(reference), event("BRING_BACK", "GP sent new evidence"));

    // then
    assertAccepted(response, reference, "BRING_BACK");
    assertThat(nina().get("/api/cases/" + reference).body()).contains("\"status\":\"OPEN\"")
        .doesNotContain("\"outcome\"");
    assertBroughtBack(reference, "GP sent new evidence");
  }

  // --- helpers --------------------------------------------------------------------------------

  /** What a refusal must leave as it was: the case file, the open tasks and where the processes wait. */
  record Snapshot(long caseFileEntries, List<String> tasks, List<String> activities) {}

  private Snapshot snapshot(String reference) {
    List<String> activities = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .orderByProcessInstanceId().asc().list()) {
      activities.add(instance.getId() + "=" + runtime.getActiveActivityIds(instance.getId()).stream().sorted().toList());
    }
    List<String> open = tasks.createTaskQuery().processInstanceBusinessKey(reference).orderByTaskId().asc().list()
        .stream().map(t -> t.getId() + ":" + t.getTaskDefinitionKey() + ":" + t.getAssignee()).toList();
    long entryCount = entries.findByCareCaseOrderByCreatedAtAscIdAsc(cases.getByReference(reference)).size();
    return new Snapshot(entryCount, open, activities);
  }

  private String refusedCase() {
    if (refusedCase == null) {
      refusedCase = given.inCareCoordination("nina");
    }
    return refusedCase;
  }

  /** Closed the way a not-eligible decision closes a case, without the letter (no mail server here). */
  private String closedAsNotEligible(String reference) {
    runtime.createProcessInstanceModification(given.pathway(reference).getId())
        .startBeforeActivity("Activity_CloseCaseNotEligible")
        .cancelAllForActivity("Activity_ScreenReferral")
        .execute();
    assertThat(nina().get("/api/cases/" + reference).body()).contains("\"status\":\"CLOSED\"",
        "\"outcome\":\"NOT_ELIGIBLE\"");
    return reference;
  }

  private void assertBroughtBack(String reference, String reason) {
    ProcessInstance pathway = given.pathway(reference);
    assertThat(runtime.getActiveActivityIds(pathway.getId())).containsExactly("Activity_IscanDecision");
    assertThat(runtime.getVariable(pathway.getId(), ReferralPathwayProcess.BRING_BACK)).isEqualTo(true);
    assertThat(given.task(reference, "Activity_IscanDecision").getName()).startsWith("Decide at ISCAN meeting");
    assertThat(caseFile(reference)).contains(entry("Brought back to Part 3 of the ISCAN meeting", reason));
  }

  private void assertAccepted(HttpResponse<String> response, String reference, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(response.body()).contains("\"reference\":\"" + reference + "\"", "\"type\":\"" + type + "\"",
        "\"status\":\"ACCEPTED\"");
  }

  private List<String> everyValidEvent() {
    return List.of(
        event("MEETING_REQUESTED", "Mum asked", "requestedBy", "family"),
        event("CASE_MANAGER_CHANGE", "Nina leaves", "newCaseManager", "noah"),
        event("GAP_OR_BLOCK", "No SALT slots", "description", "None until March"),
        event("DISENGAGED", "No answer"),
        event("BRING_BACK", "New evidence"));
  }

  /** The case file as {@code GET /api/cases/{reference}} shows it. */
  private String caseFile(String reference) {
    var response = nina().get("/api/cases/" + reference);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** A note on the case file written by nina (JSON, as the case file shows it). */
  private static String entry(String title, String body) {
    return "\"kind\":\"NOTE\",\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"author\":\"nina\"";
  }

  private String event(String type, String reason, String... fields) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("reason", reason);
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.put(fields[i], fields[i + 1]);
    }
    try {
      return json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }

  private static String events(String reference) {
    return "/api/cases/" + reference + "/events";
  }

  private static String plan(String reference) {
    return "/api/cases/" + reference + "/care-plan";
  }
}
