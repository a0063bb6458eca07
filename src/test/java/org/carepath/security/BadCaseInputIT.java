package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.carecoordination.CareCoordinationCases.today;
import static org.carepath.security.BadInputs.DOLLAR_CANARY;
import static org.carepath.security.BadInputs.HASH_CANARY;
import static org.carepath.security.BadInputs.MEGABYTE;
import static org.carepath.security.BadInputs.assertNotAServerError;
import static org.carepath.security.BadInputs.assertRefusedNaming;
import static org.carepath.security.BadInputs.with;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.carecoordination.CareCoordinationCases;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.security.BadInputs.Snapshot;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad input to a case's care plan ({@code PUT}), lead agency advice and events, one row per input:
 * a 400 naming the field with nothing written, or stored exactly as sent and read back so; never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BadCaseInputIT {

  private static String referral;
  private static String inCareCoordination;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  static Stream<Arguments> carePlanInputs() {
    return Stream.of(
        arguments("need of 1000 characters", "needs[0].description", "d".repeat(1000), null),
        arguments("need of 1001 characters", "needs[0].description", "d".repeat(1001), "needs[0].description"),
        arguments("1 MB need", "needs[0].description", MEGABYTE, "needs[0].description"),
        arguments("NUL in a need", "needs[0].description", "Speech\u0000delay", "needs[0].description"),
        arguments("CR/LF in a need", "needs[0].description", "Speech\r\ndelay", "needs[0].description"),
        arguments("right-to-left override in a need", "needs[1].description", "\u202Ekaerb a", "needs[1].description"),
        arguments("emoji in a need", "needs[0].description", "Loves trains 🚂", null),
        arguments("SQL in a need", "needs[0].description", "x'); delete from care_plan; --", null),
        arguments("${...} in a need", "needs[0].description", DOLLAR_CANARY, null),
        arguments("#{...} in a need", "needs[1].description", HASH_CANARY, null),
        arguments("script in a need", "needs[0].description", "<script>alert(1)</script>", null),
        arguments("unknown need area", "needs[0].area", "SOCIAL; drop table care_plan", "needs[0].area"),
        arguments("bold agency name", "agencies[1].name", "<b>x</b>", null),
        arguments("agency name of 201 characters", "agencies[1].name", "a".repeat(201), "agencies[1].name"),
        arguments("CR/LF in an agency name", "agencies[1].name", "School\r\nBcc: x@evil.example", "agencies[1].name"),
        arguments("script in a contact name", "agencies[0].contactName", "<img src=x onerror=alert(1)>", null),
        arguments("CR/LF in an agency e-mail", "agencies[1].email", "rees@school.example\r\nBcc: x@evil.example", "agencies[1].email"),
        arguments("LF in a keyworker e-mail", "actions[0].keyworker.email", "a@slt.example\nBcc: x@evil.example", "actions[0].keyworker.email"),
        arguments("${...} keyworker", "actions[0].keyworker.name", "${1+1}", null),
        arguments("consent 'yes'", "agencies[0].consentToShare", "yes", "agencies[0].consentToShare"),
        arguments("review date 30 February", "reviewDate", "2027-02-30", "reviewDate"),
        arguments("due date of year 99999", "actions[0].dueDate", "99999-01-01", "actions[0].dueDate"),
        arguments("expression as case manager", "caseManager", "${currentUser()}", "caseManager"),
        arguments("CR/LF after the case manager", "caseManager", "nina\r\n", "caseManager"),
        arguments("1 MB lead agency", "leadAgency", MEGABYTE, "leadAgency"));
  }

  static Stream<Arguments> leadAgencyInputs() {
    return Stream.of(
        arguments("bold agency", "candidates[0].agency", "<b>x</b>", null),
        arguments("${...} agency", "candidates[0].agency", DOLLAR_CANARY, null),
        arguments("agency of 200 characters", "candidates[0].agency", "a".repeat(200), null),
        arguments("agency of 201 characters", "candidates[0].agency", "a".repeat(201), "candidates[0].agency"),
        arguments("CR/LF in an agency", "candidates[0].agency", "HV\r\nx", "candidates[0].agency"),
        arguments("NUL in an agency", "candidates[0].agency", "HV\u0000", "candidates[0].agency"),
        arguments("right-to-left override in an agency", "candidates[0].agency", "\u202EVH", "candidates[0].agency"),
        arguments("intensity in lower case", "candidates[0].contactIntensity", "high", "candidates[0].contactIntensity"),
        arguments("expression as intensity", "candidates[0].contactIntensity", "${'HIGH'}", "candidates[0].contactIntensity"),
        arguments("capacity 'yes'", "candidates[0].hasCapacity", "yes", "candidates[0].hasCapacity"));
  }

  static Stream<Arguments> eventInputs() {
    return Stream.of(
        arguments("NUL in reason", "reason", "No answer\u0000", "reason"),
        arguments("CR/LF in reason", "reason", "No answer\r\nBcc: x@evil.example", "reason"),
        arguments("right-to-left override in reason", "reason", "\u202Erewsna on", "reason"),
        arguments("reason of 2001 characters", "reason", "r".repeat(2001), "reason"),
        arguments("1 MB reason", "reason", MEGABYTE, "reason"),
        arguments("type in lower case", "type", "disengaged", "type"),
        arguments("expression as type", "type", "${'DISENGAGED'}", "type"),
        arguments("expression as requestedBy", "requestedBy", DOLLAR_CANARY, "requestedBy"),
        arguments("bold family as requestedBy", "requestedBy", "<b>family</b>", "requestedBy"),
        arguments("CR/LF in requestedBy", "requestedBy", "family\r\n", "requestedBy"),
        arguments("expression as new case manager", "newCaseManager", "${currentUser()}", "newCaseManager"),
        arguments("1 MB new case manager", "newCaseManager", MEGABYTE, "newCaseManager"),
        arguments("NUL in a gap", "description", "No SALT\u0000", "description"),
        arguments("gap of 4001 characters", "description", "g".repeat(4001), "description"));
  }

  @BeforeEach
  void cases() {
    var given = new CareCoordinationCases(port, runtime, tasks, management);
    if (referral == null) {
      referral = given.referral();
      inCareCoordination = given.inCareCoordination("nina");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("carePlanInputs")
  void shouldRefuseACarePlanFieldOrStoreItLiterally(String label, String field, String value, String refusedField) {
    String body = with(CarePlanRequests.valid("nina", today().plusWeeks(4), today().plusMonths(3)), field, value);
    var response = refusedOrStored(() -> nina().putJson("/api/cases/" + referral + "/care-plan", body), refusedField);
    if (refusedField == null) {
      assertThat(at(BadInputs.read(nina().get("/api/cases/" + referral + "/care-plan")), field)).isEqualTo(value);
      assertThat(at(BadInputs.read(response), field)).isEqualTo(value);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leadAgencyInputs")
  void shouldRefuseALeadAgencyCandidateOrAdviseOnItLiterally(String label, String field, String value, String refusedField) {
    String body = with("{\"candidates\": [{\"agency\": \"Health visiting\", \"contactIntensity\": \"HIGH\","
        + " \"contactRegularity\": \"WEEKLY\", \"hasCapacity\": true, \"familyPreference\": false}]}", field, value);
    var response = refusedOrStored(
        () -> nina().postJson("/api/cases/" + referral + "/care-plan/lead-agency", body), refusedField);
    if (refusedField == null) {
      assertThat(BadInputs.read(response).get("leadAgency").asText()).isEqualTo(value);
      JsonNode record = BadInputs.read(nina().get("/api/cases/" + referral)).get("record");
      assertThat(record.get(record.size() - 1).get("title").asText())
          .isEqualTo(CaseRecordEntry.abbreviated("Lead agency recommended: " + value));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventInputs")
  void shouldRefuseAnEventField(String label, String field, String value, String refusedField) {
    String type = switch (field) {
      case "requestedBy" -> "MEETING_REQUESTED";
      case "newCaseManager" -> "CASE_MANAGER_CHANGE";
      case "description" -> "GAP_OR_BLOCK";
      default -> "DISENGAGED";
    };
    String body = with("{\"type\": \"" + type + "\", \"reason\": \"No answer since March\"}", field, value);
    refusedOrStored(() -> nina().postJson("/api/cases/" + inCareCoordination + "/events", body), refusedField);
  }

  private java.net.http.HttpResponse<String> refusedOrStored(
      java.util.function.Supplier<java.net.http.HttpResponse<String>> request, String refusedField) {
    // given
    Snapshot before = Snapshot.of(jdbc, runtime, tasks);

    // when
    var response = request.get();

    // then
    assertNotAServerError(response);
    if (refusedField != null) {
      assertRefusedNaming(response, refusedField);
      assertThat(Snapshot.of(jdbc, runtime, tasks)).isEqualTo(before);
    } else {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
    return response;
  }

  /** The text at a path like {@code actions[0].keyworker.name} in a JSON answer. */
  private static String at(JsonNode node, String path) {
    for (String step : path.split("\\.")) {
      int bracket = step.indexOf('[');
      node = bracket < 0 ? node.get(step)
          : node.get(step.substring(0, bracket)).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }
    return node instanceof TextNode text ? text.asText() : String.valueOf(node);
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }
}
